package berlin.gemeinsam.notifications.deliveries.domain;

import berlin.gemeinsam.notifications.subscriptions.domain.Channel;

import java.time.Instant;
import java.util.Comparator;

/**
 * The delivery of one notification to one subscriber on one channel, as the subscriber sees it.
 *
 * @param id            unique across channels
 * @param eventType     the type of the event the notification tells of
 * @param subject       what it happened to (the event's subject)
 * @param time          when it happened; deliveries are listed newest first by it
 * @param reason        why it failed or was suppressed; null while pending or once sent
 * @param attempts      how often its sending was begun
 * @param lastAttemptAt when its sending was begun last; null before the first attempt
 * @param settledAt     when it got its final status; null while pending
 */
public record Delivery(String id, Channel channel, String eventType, String subject, Instant time,
                       DeliveryStatus status, String reason, int attempts, Instant lastAttemptAt, Instant settledAt) {

    /**
     * Newest first, then by id descending: the order every channel's store reads them in (ids compare as the store
     * compares strings, for ASCII ids the same as Java), so pages of several channels merge into one.
     */
    public static final Comparator<Delivery> NEWEST_FIRST = Comparator.comparing(Delivery::time)
            .thenComparing(Delivery::id).reversed();
}
