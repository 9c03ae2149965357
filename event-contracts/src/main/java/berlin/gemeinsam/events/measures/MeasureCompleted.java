package berlin.gemeinsam.events.measures;

import berlin.gemeinsam.events.EventStream;
import berlin.gemeinsam.events.EventType;

import java.time.Instant;

/**
 * A measure was completed (from {@code IN_IMPLEMENTATION} or {@code PILOT}, {@code previousState}), with its lessons
 * learned.
 */
@EventType(value = "berlin.gemeinsam.measure.completed.v1", stream = EventStream.MEASURES)
public record MeasureCompleted(
        String measureId,
        String unit,
        String title,
        String previousState,
        String whatWorked,
        String whatDidNotWork,
        String whatOthersShouldKnow,
        Instant completedAt) {
}
