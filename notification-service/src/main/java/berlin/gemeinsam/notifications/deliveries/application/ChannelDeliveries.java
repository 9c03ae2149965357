package berlin.gemeinsam.notifications.deliveries.application;

import berlin.gemeinsam.notifications.deliveries.domain.Delivery;
import berlin.gemeinsam.notifications.deliveries.domain.DeliveryStatus;
import berlin.gemeinsam.notifications.subscriptions.domain.Channel;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The deliveries of one channel, as the channel keeps them; one implementation per channel. */
public interface ChannelDeliveries {

    Channel channel();

    /**
     * A subscriber's deliveries on the channel, newest first ({@link Delivery#NEWEST_FIRST}), those after
     * {@code after} in that order only, with the status if one is given, at most {@code limit}.
     */
    List<Delivery> of(String subscriberId, Optional<DeliveryStatus> status, Optional<Position> after, int limit);

    /** A place in the order of a subscriber's deliveries: a delivery's time and id. */
    record Position(Instant time, String id) {
    }
}
