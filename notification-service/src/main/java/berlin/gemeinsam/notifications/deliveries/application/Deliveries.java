package berlin.gemeinsam.notifications.deliveries.application;

import berlin.gemeinsam.notifications.deliveries.domain.Delivery;
import berlin.gemeinsam.notifications.deliveries.domain.DeliveryStatus;
import berlin.gemeinsam.notifications.subscriptions.domain.Channel;
import berlin.gemeinsam.platform.paging.Cursor;
import berlin.gemeinsam.platform.paging.CursorPage;
import berlin.gemeinsam.platform.paging.InvalidCursorException;
import berlin.gemeinsam.platform.security.Access;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A subscriber's deliveries on every channel, for them alone. */
@Service
public class Deliveries {

    private final List<ChannelDeliveries> channels;
    private final Access access;

    Deliveries(List<ChannelDeliveries> channels, Access access) {
        this.channels = List.copyOf(channels);
        this.access = access;
    }

    /**
     * The subscriber's deliveries newest first, of one channel and one status if asked, read on from the cursor:
     * each channel answers the page's worth after it, and the newest of all of them make the page.
     *
     * @param cursor as the previous page answered it, null for the first page
     */
    public CursorPage<Delivery> of(String subscriberId, Optional<Channel> channel, Optional<DeliveryStatus> status,
                                   String cursor, int size) {
        access.personOwning(subscriberId, "subscriber");
        Optional<ChannelDeliveries.Position> after = cursor == null ? Optional.empty()
                : Optional.of(positionOf(Cursor.parse(cursor, 2)));
        List<Delivery> newest = channels.stream()
                .filter(each -> channel.isEmpty() || channel.get() == each.channel())
                .flatMap(each -> each.of(subscriberId, status, after, size + 1).stream())
                .sorted(Delivery.NEWEST_FIRST)
                .limit(size + 1L)
                .toList();
        return CursorPage.of(newest, size, last -> Cursor.of(Long.toString(last.time().toEpochMilli()), last.id()));
    }

    /** The cursor holds the last delivery's time (epoch milliseconds, as the store keeps it) and id. */
    private static ChannelDeliveries.Position positionOf(Cursor cursor) {
        try {
            return new ChannelDeliveries.Position(Instant.ofEpochMilli(Long.parseLong(cursor.key(0))), cursor.key(1));
        } catch (NumberFormatException notATime) {
            throw new InvalidCursorException();
        }
    }
}
