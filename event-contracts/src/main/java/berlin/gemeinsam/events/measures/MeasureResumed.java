package berlin.gemeinsam.events.measures;

import berlin.gemeinsam.events.EventStream;
import berlin.gemeinsam.events.EventType;

import java.time.Instant;

/**
 * A measure on hold was resumed in the state it was held in ({@code state}).
 */
@EventType(value = "berlin.gemeinsam.measure.resumed.v1", stream = EventStream.MEASURES)
public record MeasureResumed(
        String measureId,
        String unit,
        String title,
        String state,
        Instant resumedAt) {
}
