package berlin.gemeinsam.monitor.consumers.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PartitionPositionTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void theLagIsTheRecordsBehindTheEndAndTheAgeOfTheOldestUnconsumed() {
        PartitionPosition position = new PartitionPosition("gemeinsam.mitte.ideas", 1, 40, 45,
                NOW.minusMillis(90_500));

        assertThat(position.lagRecords()).isEqualTo(5);
        assertThat(position.lagSeconds(NOW)).isEqualTo(90.5);
    }

    @Test
    void aGroupAtTheEndHasNoLagWhateverItsLastRecordsAge() {
        PartitionPosition position = new PartitionPosition("gemeinsam.mitte.ideas", 0, 45, 45, NOW.minusSeconds(600));

        assertThat(position.lagRecords()).isZero();
        assertThat(position.lagSeconds(NOW)).isZero();
    }

    @Test
    void aGroupsLagIsTheSumOfItsPartitionsAndItsUnitThePrefixOfItsName() {
        ConsumerGroup group = new ConsumerGroup("mitte.ideas-service", "mitte", "EMPTY", 0, List.of(
                new PartitionPosition("gemeinsam.pankow.measures", 0, 3, 5, NOW),
                new PartitionPosition("gemeinsam.pankow.measures", 1, 7, 8, NOW)));

        assertThat(group.lagRecords()).isEqualTo(3);
        assertThat(ConsumerGroup.unitOf("mitte.ideas-service")).hasValue("mitte");
        assertThat(ConsumerGroup.unitOf("test-reader-1234")).isEmpty();
    }
}
