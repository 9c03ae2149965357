package berlin.gemeinsam.notifications.webhooks.application;

import berlin.gemeinsam.notifications.webhooks.domain.WebhookDelivery;
import berlin.gemeinsam.platform.paging.Cursor;
import berlin.gemeinsam.platform.paging.CursorPage;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/** The webhook deliveries to send, sent and given up. */
public interface WebhookDeliveries {

    /** Adds the deliveries that are not there yet; one that exists keeps its state. */
    void addMissing(Collection<WebhookDelivery> deliveries);

    /**
     * Takes on the pending delivery that is due longest, nobody has taken on or whose taker's time ran out, until
     * {@code until}; empty when there is none.
     */
    Optional<WebhookDelivery> claimNext(Instant now, Instant until);

    void markSent(String id, Attempt attempt);

    /** The attempt failed; the delivery stays pending until {@code next}. */
    void retryAt(String id, Attempt attempt, Instant next);

    void markFailed(String id, Attempt attempt);

    void markSuppressed(String id, String reason, Instant at);

    /**
     * A subscriber's deliveries, newest first, from after the delivery the cursor names (its creation time and id)
     * on.
     */
    CursorPage<WebhookDelivery> ofSubscriber(String subscriberId, Optional<Cursor> after, int size);

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
