package berlin.gemeinsam.events.measures;

import berlin.gemeinsam.events.EventStream;
import berlin.gemeinsam.events.EventType;

import java.time.Instant;

/** A unit proposed a measure, optionally taking up an idea ({@code sourceIdeaId}). */
@EventType(value = "berlin.gemeinsam.measure.proposed.v1", stream = EventStream.MEASURES)
public record MeasureProposed(
        String measureId,
        String unit,
        String title,
        String goal,
        String type,
        String sourceIdeaId,
        Instant proposedAt) {
}
