package berlin.gemeinsam.notifications.feed.domain;

import berlin.gemeinsam.platform.ids.TimeOrderedIds;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * One entry of a subscriber's feed. Its text is rendered in every language when the event arrives, so reading
 * the feed needs neither the event nor the unit registry. Its id follows from subscriber and event: one event
 * is one entry per subscriber, however often it is delivered and however many of the subscriber's subscriptions
 * it matches.
 */
public class Notification {

    static final String DEFAULT_LANGUAGE = "de";

    private final String id;
    private final String subscriberId;
    private final String eventType;
    private final String subject;
    private final String unit;
    private final Instant time;
    /** By language code. */
    private final Map<String, String> text;
    /**
     * When the entry was written to the feed, in the order this instance writes them: a live stream resumed after
     * a reconnect sends what was written after the last entry it received. Entries written before it was kept have
     * none. Not a constructor parameter: the store sets it when it is there.
     */
    private Instant writtenAt;
    /** When the subscriber marked the entry read; unread without. Set by the store when it is there. */
    private Instant readAt;

    Notification(String id, String subscriberId, String eventType, String subject, String unit, Instant time,
                 Map<String, String> text) {
        this.id = id;
        this.subscriberId = subscriberId;
        this.eventType = eventType;
        this.subject = subject;
        this.unit = unit;
        this.time = time;
        this.text = Map.copyOf(text);
    }

    public static Notification of(News news, String subscriberId, Map<String, String> text) {
        return new Notification(idOf(subscriberId, news.eventKey(), news.time()), subscriberId, news.eventType(),
                news.subject(), news.unit(), news.time(), text);
    }

    /**
     * The subscriber id is free text, so its length is part of the name to keep every pair's name apart. The
     * event's time comes first ({@link TimeOrderedIds}): a fan-out writes its entries next to each other. An event
     * sent again with another time is dropped before, by its identity ({@code ProcessedEvents}).
     */
    static String idOf(String subscriberId, String eventKey, Instant eventTime) {
        return TimeOrderedIds.derived(eventTime, subscriberId.length() + ":" + subscriberId + "|" + eventKey);
    }

    /** The same entry as written at {@code at}. */
    public Notification writtenAt(Instant at) {
        Notification written = new Notification(id, subscriberId, eventType, subject, unit, time, text);
        written.writtenAt = at;
        written.readAt = readAt;
        return written;
    }

    public boolean isRead() {
        return readAt != null;
    }

    /** The text in the asked language, German where there is none in it. */
    public String textIn(Locale locale) {
        return text.getOrDefault(locale.getLanguage(), text.get(DEFAULT_LANGUAGE));
    }

    public String getId() {
        return id;
    }

    public String getSubscriberId() {
        return subscriberId;
    }

    public String getEventType() {
        return eventType;
    }

    public String getSubject() {
        return subject;
    }

    public String getUnit() {
        return unit;
    }

    public Instant getTime() {
        return time;
    }

    public Map<String, String> getText() {
        return text;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
