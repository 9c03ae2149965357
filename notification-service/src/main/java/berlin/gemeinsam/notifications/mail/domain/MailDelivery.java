package berlin.gemeinsam.notifications.mail.domain;

import berlin.gemeinsam.notifications.deliveries.domain.DeliveryStatus;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One mail to send: a feed entry told to a subscriber by e-mail. Its id follows from the feed entry (itself one
 * per subscriber and event), so an event delivered twice, or matching two of the subscriber's subscriptions, is
 * one mail. Written pending by the feed's consumer and sent by the mail sender; kept with its status after that.
 * A digest mail ({@link Digest}) is one too, with its sections instead of a text and no single subscription.
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
    /** A digest's news per followed item; none for a mail of one notification. Set by {@link #digest}. */
    private List<DigestSection> sections;
    private DeliveryStatus status = DeliveryStatus.PENDING;
    /** Why a mail was not sent: a {@code SuppressionReason}, or {@link #SEND_FAILED}. */
    private String reason;
    /**
     * Until when a sender has taken the mail on, or when it is tried again after a failed attempt; another sender
     * takes it after that if it is still pending.
     */
    private Instant claimedUntil;
    /** How often a sender took the mail on to send it; counted before it sends. */
    private int attempts;
    private Instant lastAttemptAt;
    /** The kind of the last failure (the exception's type: a mail server's message may name the address). */
    private String lastError;
    /** When it was sent, failed for good or was suppressed. */
    private Instant settledAt;

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

    /** The reason of a mail that failed at its last attempt. */
    public static final String SEND_FAILED = "SEND_FAILED";

    public static MailDelivery of(String notificationId, String subscriberId, String subscriptionId, String language,
                                  String eventType, String subject, String text, Instant time) {
        String id = UUID.nameUUIDFromBytes((notificationId + "|EMAIL").getBytes(StandardCharsets.UTF_8)).toString();
        return new MailDelivery(id, notificationId, subscriberId, subscriptionId, language, eventType, subject, text,
                time);
    }

    /**
     * The digest mail of a period: listed as of type {@link Digest#EVENT_TYPE} with the period's key as its subject,
     * at the time it was due.
     */
    static MailDelivery digest(String id, String subscriberId, String language, DigestPeriod period,
                               List<DigestSection> sections) {
        MailDelivery digest = new MailDelivery(id, null, subscriberId, null, language, Digest.EVENT_TYPE,
                period.key(), null, period.dueAt());
        digest.sections = List.copyOf(sections);
        return digest;
    }

    public boolean isDigest() {
        return sections != null;
    }

    /** The ids of the entries a digest was made of; none for a mail of one notification. */
    public List<String> entryIds() {
        return isDigest() ? sections.stream().flatMap(section -> section.items().stream())
                .map(DigestSection.Item::entryId).toList() : List.of();
    }

    /**
     * The subscriptions the mail tells of: the one of a mail of one notification, those of a digest's sections.
     */
    public List<String> subscriptionIds() {
        return isDigest() ? sections.stream().map(DigestSection::subscriptionId).toList() : List.of(subscriptionId);
    }

    /**
     * The mail's {@code Message-ID} (RFC 5322), the same at every attempt: a mail sent again after a crash between
     * sending and marking it sent is the same message to the receiving side, which can drop the repeat.
     */
    public String messageId(String domain) {
        return "<" + id + "@" + domain + ">";
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

    public List<DigestSection> getSections() {
        return sections;
    }

    public DeliveryStatus getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    public Instant getClaimedUntil() {
        return claimedUntil;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getLastAttemptAt() {
        return lastAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getSettledAt() {
        return settledAt;
    }
}
