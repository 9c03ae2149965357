package berlin.gemeinsam.notifications.mail.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * One mail to send: a feed entry told to a subscriber by e-mail. Its id follows from the feed entry (itself one
 * per subscriber and event), so an event delivered twice, or matching two of the subscriber's subscriptions, is
 * one mail. Written pending by the feed's consumer and sent by the mail sender.
 */
public class MailDelivery {

    private final String id;
    private final String notificationId;
    private final String subscriberId;
    private final String subscriptionId;
    private final String language;
    private final String eventType;
    private final String subject;
    /** What happened to what, in the mail's language. */
    private final String text;
    private final Instant time;
    private MailStatus status = MailStatus.PENDING;
    /** Why a mail was not sent. */
    private String reason;
    /** Until when a sender has taken the mail on; another takes it after that if it is still pending. */
    private Instant claimedUntil;
    private Instant sentAt;

    MailDelivery(String id, String notificationId, String subscriberId, String subscriptionId, String language,
                 String eventType, String subject, String text, Instant time) {
        this.id = id;
        this.notificationId = notificationId;
        this.subscriberId = subscriberId;
        this.subscriptionId = subscriptionId;
        this.language = language;
        this.eventType = eventType;
        this.subject = subject;
        this.text = text;
        this.time = time;
    }

    public static MailDelivery of(String notificationId, String subscriberId, String subscriptionId, String language,
                                  String eventType, String subject, String text, Instant time) {
        String id = UUID.nameUUIDFromBytes((notificationId + "|EMAIL").getBytes(StandardCharsets.UTF_8)).toString();
        return new MailDelivery(id, notificationId, subscriberId, subscriptionId, language, eventType, subject, text,
                time);
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

    public String getLanguage() {
        return language;
    }

    public String getEventType() {
        return eventType;
    }

    public String getSubject() {
        return subject;
    }

    public String getText() {
        return text;
    }

    public Instant getTime() {
        return time;
    }

    public MailStatus getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    public Instant getClaimedUntil() {
        return claimedUntil;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
