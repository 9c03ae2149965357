package berlin.gemeinsam.notifications.mail.application;

import berlin.gemeinsam.notifications.deliveries.application.DeliveryMetrics;
import berlin.gemeinsam.notifications.deliveries.domain.DeliveryStatus;
import berlin.gemeinsam.notifications.deliveries.domain.SuppressionReason;
import berlin.gemeinsam.notifications.subscriptions.application.StoppedTelling;
import berlin.gemeinsam.notifications.subscriptions.domain.Channel;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Set;

/**
 * A subscription that no longer tells by e-mail sends none of its pending mails: they are suppressed with the
 * reason at once, so the subscriber sees why, and its entries waiting for a digest are dropped. The sender and the
 * digests check again before each mail, for a change they raced.
 */
@Component
class MailSuppression implements StoppedTelling {

    private final MailDeliveries deliveries;
    private final DigestEntries digestEntries;
    private final DeliveryMetrics metrics;
    private final Clock clock;

    MailSuppression(MailDeliveries deliveries, DigestEntries digestEntries, DeliveryMetrics metrics, Clock clock) {
        this.deliveries = deliveries;
        this.digestEntries = digestEntries;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public void stopped(String subscriptionId, Set<Channel> channels, SuppressionReason reason) {
        if (channels.contains(Channel.EMAIL)) {
            metrics.reached(Channel.EMAIL, DeliveryStatus.SUPPRESSED,
                    deliveries.suppressPendingOf(subscriptionId, reason.name(), clock.instant()));
            digestEntries.removeWaitingOf(subscriptionId);
        }
    }
}
