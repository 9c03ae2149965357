package berlin.gemeinsam.notifications.webhooks.application;

import berlin.gemeinsam.notifications.webhooks.domain.WebhookDelivery;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The webhook deliveries to send, sent and given up. Every change of a pending delivery is conditional on it still
 * being pending, so that one suppressed meanwhile keeps its status and reason.
 */
public interface WebhookDeliveries {

    /** Adds the deliveries that are not there yet and returns how many were; one that exists keeps its state. */
    long addMissing(Collection<WebhookDelivery> deliveries);

    /**
     * Takes on the pending delivery that is due longest, nobody has taken on or whose taker's time ran out, until
     * {@code until}; empty when there is none.
     */
    Optional<WebhookDelivery> claimNext(Instant now, Instant until);

    /** Marks it sent, whatever happened to it meanwhile: it was. */
    void markSent(String id, Attempt attempt);

    /** The attempt failed; the delivery stays pending until {@code next}. */
    void retryAt(String id, Attempt attempt, Instant next);

    /** Marks a pending delivery failed; false when it is not pending any more. */
    boolean markFailed(String id, Attempt attempt);

    /** Marks a pending delivery suppressed; false when it is not pending any more. */
    boolean markSuppressed(String id, String reason, Instant at);

    /** Suppresses every pending delivery of the subscription and returns how many. */
    long suppressPendingOf(String subscriptionId, String reason, Instant at);

    /** The subscriber's deliveries, pending, sent, failed and suppressed, the oldest first. */
    List<WebhookDelivery> ofSubscriber(String subscriberId);

    void removeAllOf(String subscriberId);

    /**
     * One attempt of a delivery.
     *
     * @param number     which attempt it was, 1 for the first
     * @param statusCode the endpoint's answer, null when it did not answer
     * @param reason     why it failed, null when it did not
     */
    record Attempt(int number, Integer statusCode, String reason, Instant at) {
    }
}
