package berlin.gemeinsam.events.measures;

import berlin.gemeinsam.events.EventStream;
import berlin.gemeinsam.events.EventType;

import java.time.Instant;

/**
 * A measure was discontinued (from {@code previousState}), with an optional {@code reason} and its lessons learned.
 */
@EventType(value = "berlin.gemeinsam.measure.discontinued.v1", stream = EventStream.MEASURES)
public record MeasureDiscontinued(
        String measureId,
        String unit,
        String title,
        String previousState,
        String reason,
        String whatWorked,
        String whatDidNotWork,
        String whatOthersShouldKnow,
        Instant discontinuedAt) {
}
