package berlin.gemeinsam.events.measures;

import berlin.gemeinsam.events.EventStream;
import berlin.gemeinsam.events.EventType;

import java.time.Instant;

/**
 * A measure's lead unit planned it (from {@code PROPOSED}): its mandate is complete and it has at least one milestone
 * and one indicator.
 */
@EventType(value = "berlin.gemeinsam.measure.planned.v1", stream = EventStream.MEASURES)
public record MeasurePlanned(
        String measureId,
        String unit,
        String title,
        Instant plannedAt) {
}
