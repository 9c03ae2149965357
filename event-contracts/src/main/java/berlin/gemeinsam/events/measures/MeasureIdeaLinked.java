package berlin.gemeinsam.events.measures;

import berlin.gemeinsam.events.EventStream;
import berlin.gemeinsam.events.EventType;

import java.time.Instant;

/**
 * A unit's measure takes up one more idea, of any unit. The idea's unit answers as it answers a measure proposed
 * from the idea: it adopts the measure, or declines it when another measure has the idea already.
 */
@EventType(value = "berlin.gemeinsam.measure.idea-linked.v1", stream = EventStream.MEASURES)
public record MeasureIdeaLinked(
        String measureId,
        String unit,
        String title,
        String ideaId,
        Instant linkedAt) {
}
