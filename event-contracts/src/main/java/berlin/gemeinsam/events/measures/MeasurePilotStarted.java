package berlin.gemeinsam.events.measures;

import berlin.gemeinsam.events.EventStream;
import berlin.gemeinsam.events.EventType;

import java.time.Instant;

/**
 * A measure in implementation went into a pilot ({@code PILOT}, Erprobung), an optional trial before completion.
 */
@EventType(value = "berlin.gemeinsam.measure.pilot-started.v1", stream = EventStream.MEASURES)
public record MeasurePilotStarted(
        String measureId,
        String unit,
        String title,
        Instant startedAt) {
}
