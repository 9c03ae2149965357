package berlin.gemeinsam.monitor.streams.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class OffsetHistoryTest {

    private static final Instant START = Instant.parse("2026-12-01T10:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(5);

    @Test
    void theRateIsTheGrowthOfTheEndOffsetPerMinuteWithinTheWindow() {
        OffsetHistory history = new OffsetHistory();
        history.record(START, 100);
        history.record(START.plusSeconds(30), 110);
        history.record(START.plusSeconds(120), 160);

        assertThat(history.eventsPerMinute(START.plusSeconds(120), WINDOW)).hasValue(30.0);
    }

    @Test
    void samplesOlderThanTheWindowNoLongerCount() {
        OffsetHistory history = new OffsetHistory();
        history.record(START, 0);
        history.record(START.plusSeconds(600), 1_000);
        history.record(START.plusSeconds(660), 1_010);

        assertThat(history.eventsPerMinute(START.plusSeconds(660), WINDOW)).hasValue(10.0);
    }

    @Test
    void oneSampleGivesNoRate() {
        OffsetHistory history = new OffsetHistory();
        history.record(START, 5);

        assertThat(history.eventsPerMinute(START, WINDOW)).isEmpty();
    }

    @Test
    void aQuietStreamHasARateOfZero() {
        OffsetHistory history = new OffsetHistory();
        history.record(START, 7);
        history.record(START.plusSeconds(60), 7);

        assertThat(history.eventsPerMinute(START.plusSeconds(60), WINDOW)).hasValue(0.0);
    }
}
