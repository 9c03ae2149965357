package berlin.gemeinsam.events.measures;

import berlin.gemeinsam.events.EventStream;
import berlin.gemeinsam.events.EventType;

import java.time.Instant;

/**
 * A planned measure went into implementation ({@code IN_IMPLEMENTATION}).
 */
@EventType(value = "berlin.gemeinsam.measure.implementation-started.v1", stream = EventStream.MEASURES)
public record MeasureImplementationStarted(
        String measureId,
        String unit,
        String title,
        Instant startedAt) {
}
