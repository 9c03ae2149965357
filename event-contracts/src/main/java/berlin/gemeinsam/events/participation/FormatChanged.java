package berlin.gemeinsam.events.participation;

import berlin.gemeinsam.events.EventStream;
import berlin.gemeinsam.events.EventType;

import java.time.Instant;
import java.util.List;

/**
 * The unit changed a scheduled dialog format: the whole format after the change, so that a reader needs no earlier
 * event to know it; the newest by {@code ce_sequence} wins.
 */
@EventType(value = "berlin.gemeinsam.format.changed.v1", stream = EventStream.PARTICIPATION)
public record FormatChanged(
        String formatId,
        String unit,
        String title,
        String description,
        String format,
        Instant start,
        Instant end,
        String place,
        String onlineLink,
        int capacity,
        Instant registrationDeadline,
        List<String> ideaIds,
        List<String> measureIds,
        List<String> helixGroups,
        Instant changedAt) {
}
