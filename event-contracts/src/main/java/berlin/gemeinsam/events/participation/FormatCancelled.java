package berlin.gemeinsam.events.participation;

import berlin.gemeinsam.events.EventStream;
import berlin.gemeinsam.events.EventType;

import java.time.Instant;
import java.util.List;

/**
 * The unit cancelled a dialog format, with the reason. {@code participantIds} are the pseudonymous ids (token
 * subjects) of everybody registered or on the waiting list at that moment, so that they can be told.
 */
@EventType(value = "berlin.gemeinsam.format.cancelled.v1", stream = EventStream.PARTICIPATION)
public record FormatCancelled(
        String formatId,
        String unit,
        String title,
        Instant start,
        String reason,
        List<String> participantIds,
        Instant cancelledAt) {
}
