package berlin.gemeinsam.notifications.mail.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetriesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void eachAttemptWaitsTwiceAsLongAsTheOneBeforeUntilTheLastHasFailed() {
        Retries retries = new Retries(4, Duration.ofMinutes(1));

        assertThat(retries.nextAttemptAfter(1, NOW)).contains(NOW.plus(Duration.ofMinutes(1)));
        assertThat(retries.nextAttemptAfter(2, NOW)).contains(NOW.plus(Duration.ofMinutes(2)));
        assertThat(retries.nextAttemptAfter(3, NOW)).contains(NOW.plus(Duration.ofMinutes(4)));
        assertThat(retries.nextAttemptAfter(4, NOW)).isEmpty();
        assertThat(retries.nextAttemptAfter(5, NOW)).isEmpty();
    }

    @Test
    void noWaitIsLongerThanADay() {
        Retries retries = new Retries(100, Duration.ofHours(1));

        assertThat(retries.nextAttemptAfter(99, NOW)).contains(NOW.plus(Duration.ofDays(1)));
    }

    @Test
    void atLeastOneAttemptAndAPositiveDelay() {
        assertThatThrownBy(() -> new Retries(0, Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Retries(3, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
