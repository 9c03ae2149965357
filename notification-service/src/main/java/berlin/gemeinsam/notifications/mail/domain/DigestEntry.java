package berlin.gemeinsam.notifications.mail.domain;

import berlin.gemeinsam.notifications.subscriptions.domain.Frequency;
import berlin.gemeinsam.notifications.subscriptions.domain.Language;
import berlin.gemeinsam.notifications.subscriptions.domain.Target;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A feed entry waiting for the subscriber's next daily or weekly digest mail, instead of a mail of its own. Its id
 * follows from the feed entry (one per subscriber and event), so an event delivered twice is one entry. The text is
 * kept in every language: the digest is written in the language the subscription has when it goes out.
 */
public class DigestEntry {

    private final String id;
    private final String notificationId;
    private final String subscriberId;
    private final String subscriptionId;
    private final Target target;
    private final Frequency frequency;
    private final String eventType;
    private final String subject;
    /** By language code. */
    private final Map<String, String> text;
    /** When the event happened. */
    private final Instant time;
    /** When it was written here: a digest takes the entries written before its time. */
    private final Instant writtenAt;
    /** The digest mail that took it; none while it waits. Set by the store. */
    private String digestId;

    DigestEntry(String id, String notificationId, String subscriberId, String subscriptionId, Target target,
                Frequency frequency, String eventType, String subject, Map<String, String> text, Instant time,
                Instant writtenAt) {
        this.id = id;
        this.notificationId = notificationId;
        this.subscriberId = subscriberId;
        this.subscriptionId = subscriptionId;
        this.target = target;
        this.frequency = frequency;
        this.eventType = eventType;
        this.subject = subject;
        this.text = Map.copyOf(text);
        this.time = time;
        this.writtenAt = writtenAt;
    }

    public static DigestEntry of(String notificationId, String subscriberId, String subscriptionId, Target target,
                                 Frequency frequency, String eventType, String subject, Map<String, String> text,
                                 Instant time, Instant writtenAt) {
        String id = UUID.nameUUIDFromBytes((notificationId + "|DIGEST").getBytes(StandardCharsets.UTF_8)).toString();
        return new DigestEntry(id, notificationId, subscriberId, subscriptionId, target, frequency, eventType, subject,
                text, time, writtenAt);
    }

    /** The text in the language, German where there is none in it. */
    public String textIn(String language) {
        return text.getOrDefault(Locale.forLanguageTag(language).getLanguage(), text.get(Language.DEFAULT));
    }

    public String getId() {
        return id;
    }

    public String getNotificationId() {
        return notificationId;
    }

    public String getSubscriberId() {
        return subscriberId;
    }

    public String getSubscriptionId() {
        return subscriptionId;
    }

    public Target getTarget() {
        return target;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public String getEventType() {
        return eventType;
    }

    public String getSubject() {
        return subject;
    }

    public Map<String, String> getText() {
        return text;
    }

    public Instant getTime() {
        return time;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public String getDigestId() {
        return digestId;
    }
}
