package berlin.gemeinsam.notifications.deliveries.domain;

import berlin.gemeinsam.notifications.subscriptions.domain.Channel;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryTest {

    private static final Instant TIME = Instant.parse("2026-12-01T10:00:00Z");

    private static Delivery delivery(String id, Channel channel, Instant time) {
        return new Delivery(id, channel, "berlin.gemeinsam.idea.published.v1", "idea-1", time, DeliveryStatus.SENT,
                null, 1, time, time);
    }

    @Test
    void deliveriesOfSeveralChannelsMergeNewestFirstThenByIdDescending() {
        Delivery older = delivery("b", Channel.IN_APP, TIME.minusSeconds(1));
        Delivery mail = delivery("a", Channel.EMAIL, TIME);
        Delivery entry = delivery("c", Channel.IN_APP, TIME);

        assertThat(List.of(older, mail, entry).stream().sorted(Delivery.NEWEST_FIRST).toList())
                .containsExactly(entry, mail, older);
    }
}
