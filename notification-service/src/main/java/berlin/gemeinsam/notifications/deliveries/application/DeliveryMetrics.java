package berlin.gemeinsam.notifications.deliveries.application;

import berlin.gemeinsam.notifications.deliveries.domain.DeliveryStatus;
import berlin.gemeinsam.notifications.subscriptions.domain.Channel;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Counts deliveries by channel and the status they reached: {@code gemeinsam_notifications_deliveries_total}
 * {@code {channel,status}}. A delivery is counted once per status it reaches (written pending, then sent, failed or
 * suppressed); one written again or marked again is not, as the store reports what it changed.
 */
@Component
public class DeliveryMetrics {

    private final MeterRegistry registry;

    public DeliveryMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void reached(Channel channel, DeliveryStatus status, long count) {
        if (count > 0) {
            Counter.builder("gemeinsam.notifications.deliveries")
                    .description("notifications' deliveries by channel and the status they reached")
                    .tag("channel", channel.name())
                    .tag("status", status.name())
                    .register(registry)
                    .increment(count);
        }
    }
}
