package berlin.gemeinsam.platform.ids;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TimeOrderedIdsTest {

    private static final Instant NOW = Instant.parse("2026-11-27T01:15:00.123Z");

    @Test
    void idsOfLaterTimesSortAfterEarlierOnesAsTextAsTheIndexSortsThem() {
        List<String> ids = new ArrayList<>();
        for (int second = 0; second < 50; second++) {
            ids.add(TimeOrderedIds.random(NOW.plusSeconds(second)));
            ids.add(TimeOrderedIds.derived(NOW.plusSeconds(second).plusMillis(1), "abonnent-" + (50 - second)));
        }
        assertThat(ids).isSorted();
    }

    @Test
    void aDerivedIdFollowsFromNameAndTimeAndDiffersForAnyOther() {
        String id = TimeOrderedIds.derived(NOW, "7:citizen|/units/mitte/ideas-service|e1");

        assertThat(TimeOrderedIds.derived(NOW, "7:citizen|/units/mitte/ideas-service|e1")).isEqualTo(id);
        assertThat(TimeOrderedIds.derived(NOW, "7:citizen|/units/mitte/ideas-service|e2")).isNotEqualTo(id);
        assertThat(TimeOrderedIds.derived(NOW.plusMillis(1), "7:citizen|/units/mitte/ideas-service|e1"))
                .isNotEqualTo(id);
    }

    @Test
    void bothAreUuidsWithTheTimeInTheirFirst48BitsAndTheirVersionAndVariant() {
        UUID random = UUID.fromString(TimeOrderedIds.random(NOW));
        UUID derived = UUID.fromString(TimeOrderedIds.derived(NOW, "name"));

        assertThat(random.version()).isEqualTo(7);
        assertThat(derived.version()).isEqualTo(8);
        assertThat(random.variant()).isEqualTo(2);
        assertThat(derived.variant()).isEqualTo(2);
        assertThat(random.getMostSignificantBits() >>> 16).isEqualTo(NOW.toEpochMilli());
        assertThat(derived.getMostSignificantBits() >>> 16).isEqualTo(NOW.toEpochMilli());
        assertThat(TimeOrderedIds.random(NOW)).isNotEqualTo(random.toString());
    }
}
