package berlin.gemeinsam.notifications.webhooks.application;

import berlin.gemeinsam.notifications.deliveries.application.DeliveryMetrics;
import berlin.gemeinsam.notifications.deliveries.domain.DeliveryStatus;
import berlin.gemeinsam.notifications.deliveries.domain.SuppressionReason;
import berlin.gemeinsam.notifications.subscriptions.application.StoppedTelling;
import berlin.gemeinsam.notifications.subscriptions.domain.Channel;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Set;

/**
 * A subscription that no longer tells by webhook posts none of its pending deliveries: they are suppressed with the
 * reason at once, so the subscriber sees why. The sender checks again before each attempt, for a change it raced.
 */
@Component
class WebhookSuppression implements StoppedTelling {

    private final WebhookDeliveries deliveries;
    private final DeliveryMetrics metrics;
    private final Clock clock;

    WebhookSuppression(WebhookDeliveries deliveries, DeliveryMetrics metrics, Clock clock) {
        this.deliveries = deliveries;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public void stopped(String subscriptionId, Set<Channel> channels, SuppressionReason reason) {
        if (channels.contains(Channel.WEBHOOK)) {
            metrics.reached(Channel.WEBHOOK, DeliveryStatus.SUPPRESSED,
                    deliveries.suppressPendingOf(subscriptionId, reason.name(), clock.instant()));
        }
    }
}
