package berlin.gemeinsam.notifications.webhooks.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryScheduleTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final RetrySchedule SCHEDULE = new RetrySchedule(List.of(Duration.ofSeconds(30),
            Duration.ofMinutes(2), Duration.ofMinutes(10), Duration.ofHours(1), Duration.ofHours(4),
            Duration.ofHours(8)));

    /** A random source that always draws its largest value, so the waits are the caps. */
    private static final RandomGenerator LONGEST = new RandomGenerator() {
        @Override
        public long nextLong() {
            return Long.MAX_VALUE;
        }

        @Override
        public long nextLong(long bound) {
            return bound - 1;
        }
    };

    @Test
    void eachFailedAttemptWaitsAtMostItsDelayAndTheDelaysGrowOverHours() {
        assertThat(SCHEDULE.nextAttempt(1, NOW, LONGEST)).contains(NOW.plusSeconds(30));
        assertThat(SCHEDULE.nextAttempt(2, NOW, LONGEST)).contains(NOW.plus(Duration.ofMinutes(2)));
        assertThat(SCHEDULE.nextAttempt(6, NOW, LONGEST)).contains(NOW.plus(Duration.ofHours(8)));
        assertThat(SCHEDULE.maxAttempts()).isEqualTo(7);
    }

    @Test
    void afterTheLastDelayTheDeliveryIsGivenUp() {
        assertThat(SCHEDULE.nextAttempt(7, NOW, LONGEST)).isEmpty();
        assertThat(SCHEDULE.nextAttempt(0, NOW, LONGEST)).isEmpty();
    }

    @Test
    void fullJitterSpreadsTheRetriesOverTheWholeDelay() {
        RandomGenerator random = new SplittableRandom(7);
        List<Instant> retries = java.util.stream.IntStream.range(0, 200)
                .mapToObj(i -> SCHEDULE.nextAttempt(4, NOW, random).orElseThrow()).toList();

        assertThat(retries).allSatisfy(retry -> assertThat(retry).isBetween(NOW, NOW.plus(Duration.ofHours(1))));
        assertThat(retries).anySatisfy(retry -> assertThat(retry).isBefore(NOW.plus(Duration.ofMinutes(15))));
        assertThat(retries).anySatisfy(retry -> assertThat(retry).isAfter(NOW.plus(Duration.ofMinutes(45))));
    }

    @Test
    void aDelayMustBePositive() {
        assertThatThrownBy(() -> new RetrySchedule(List.of(Duration.ofSeconds(30), Duration.ZERO)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
