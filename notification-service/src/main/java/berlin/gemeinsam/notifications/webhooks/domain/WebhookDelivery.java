package berlin.gemeinsam.notifications.webhooks.domain;

import berlin.gemeinsam.notifications.deliveries.domain.DeliveryStatus;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * One feed entry posted to one endpoint. Its id follows from the feed entry and the endpoint, so an event delivered
 * twice is one delivery; it is the {@code webhook-id} of every attempt, by which a receiver drops a repeat. The body
 * is fixed when the delivery is written, so every attempt signs and sends the same bytes. Written pending by the
 * feed's consumer and sent, and tried again, by the webhook sender.
 */
public class WebhookDelivery {

    private final String id;
    private final String endpointId;
    private final String subscriberId;
    private final String subscriptionId;
    private final String notificationId;
    /** The type of the event the entry tells of. */
    private final String eventType;
    /** What it happened to (the event's subject). */
    private final String subject;
    /** When it happened; the subscriber's deliveries are listed newest first by it. */
    private final Instant time;
    private final String payload;
    private final Instant createdAt;
    private DeliveryStatus status = DeliveryStatus.PENDING;
    /** Why it failed or was suppressed, or why the last attempt failed while it is pending. */
    private String reason;
    private int attempts;
    /** Not sent before this time. */
    private Instant nextAttemptAt;
    /** Until when a sender has taken the delivery on; another takes it after that if it is still pending. */
    private Instant claimedUntil;
    private Instant lastAttemptAt;
    /** The HTTP status the endpoint answered the last attempt with; none when it did not answer. */
    private Integer lastStatusCode;
    /** When it was sent, failed or suppressed. */
    private Instant finishedAt;

    WebhookDelivery(String id, String endpointId, String subscriberId, String subscriptionId, String notificationId,
                    String eventType, String subject, Instant time, String payload, Instant createdAt) {
        this.id = id;
        this.endpointId = endpointId;
        this.subscriberId = subscriberId;
        this.subscriptionId = subscriptionId;
        this.notificationId = notificationId;
        this.eventType = eventType;
        this.subject = subject;
        this.time = time;
        this.payload = payload;
        this.createdAt = createdAt;
    }

    /**
     * The pending delivery of a feed entry to an endpoint, due at once.
     *
     * @param entry what the entry tells of: its id, the event's type and subject, and when it happened
     */
    public static WebhookDelivery of(Entry entry, String endpointId, String subscriberId, String subscriptionId,
                                     String payload, Instant now) {
        String id = UUID.nameUUIDFromBytes((entry.notificationId() + "|WEBHOOK|" + endpointId)
                .getBytes(StandardCharsets.UTF_8)).toString();
        Instant createdAt = now.truncatedTo(ChronoUnit.MILLIS);
        WebhookDelivery delivery = new WebhookDelivery(id, endpointId, subscriberId, subscriptionId,
                entry.notificationId(), entry.eventType(), entry.subject(), entry.time().truncatedTo(ChronoUnit.MILLIS),
                payload, createdAt);
        delivery.nextAttemptAt = createdAt;
        return delivery;
    }

    /** An endpoint took a delivery it answered with a 2xx; a redirect is no answer, as it is not followed. */
    public static boolean isTaken(int statusCode) {
        return statusCode >= 200 && statusCode < 300;
    }

    /** 410 Gone: the endpoint's owner says it is gone for good, so nothing more is sent to it. */
    public static boolean isGone(int statusCode) {
        return statusCode == 410;
    }

    public String getId() {
        return id;
    }

    public String getEndpointId() {
        return endpointId;
    }

    public String getSubscriberId() {
        return subscriberId;
    }

    public String getSubscriptionId() {
        return subscriptionId;
    }

    public String getNotificationId() {
        return notificationId;
    }

    public String getEventType() {
        return eventType;
    }

    public String getSubject() {
        return subject;
    }

    public Instant getTime() {
        return time;
    }

    public String getPayload() {
        return payload;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public DeliveryStatus getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getClaimedUntil() {
        return claimedUntil;
    }

    public Instant getLastAttemptAt() {
        return lastAttemptAt;
    }

    public Integer getLastStatusCode() {
        return lastStatusCode;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    /** The feed entry a delivery posts, as the subscriber's list of deliveries names it. */
    public record Entry(String notificationId, String eventType, String subject, Instant time) {
    }
}
