package berlin.gemeinsam.monitor.streams.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class UnitActivityTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(15);

    @Test
    void aUnitWhoseInstancesConsumeIsLiveEvenWhenNobodyChangedAnything() {
        List<StreamActivity> quiet = List.of(stream(NOW.minus(Duration.ofDays(3))));

        assertThat(UnitActivity.isLive(List.of("mitte.ideas-service"), quiet, NOW, WINDOW)).isTrue();
    }

    @Test
    void aUnitThatPublishedWithinTheWindowIsLive() {
        assertThat(UnitActivity.isLive(List.of(), List.of(stream(NOW.minus(WINDOW))), NOW, WINDOW)).isTrue();
    }

    @Test
    void aUnitWithoutConsumersAndWithoutRecentEventsIsNotLive() {
        assertThat(UnitActivity.isLive(List.of(), List.of(stream(NOW.minus(WINDOW).minusMillis(1)), stream(null)),
                NOW, WINDOW)).isFalse();
    }

    @Test
    void onlyAUnitsOwnStreamTopicsAreStreams() {
        assertThat(StreamTopic.unitAndStreamOf("gemeinsam.mitte.ideas")).hasValueSatisfying(
                parts -> assertThat(parts).containsExactly("mitte", "ideas"));
        assertThat(StreamTopic.unitAndStreamOf("gemeinsam.mitte.ideas-service.dlq")).isEmpty();
        assertThat(StreamTopic.unitAndStreamOf("gemeinsam.mitte.other")).isEmpty();
        assertThat(StreamTopic.unitAndStreamOf("__consumer_offsets")).isEmpty();
    }

    private static StreamActivity stream(Instant lastEventAt) {
        return new StreamActivity("ideas", "gemeinsam.mitte.ideas", 1, lastEventAt, null);
    }
}
