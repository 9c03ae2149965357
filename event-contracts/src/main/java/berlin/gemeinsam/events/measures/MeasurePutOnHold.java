package berlin.gemeinsam.events.measures;

import berlin.gemeinsam.events.EventStream;
import berlin.gemeinsam.events.EventType;

import java.time.Instant;

/**
 * A measure was put on hold ({@code ON_HOLD}) from {@code previousState}, with the reason; it goes back there when
 * resumed.
 */
@EventType(value = "berlin.gemeinsam.measure.put-on-hold.v1", stream = EventStream.MEASURES)
public record MeasurePutOnHold(
        String measureId,
        String unit,
        String title,
        String previousState,
        String reason,
        Instant heldAt) {
}
