package berlin.gemeinsam.events.participation;

import berlin.gemeinsam.events.EventStream;
import berlin.gemeinsam.events.EventType;

import java.time.Instant;
import java.util.List;

/**
 * A unit scheduled a dialog format (a workshop, an online consultation, an Arena-der-Ideen session or a network
 * meeting): everything a calendar, a newsletter or a report needs. Times are instants; the format takes place in
 * Europe/Berlin. Either {@code place} or {@code onlineLink} is set, or both.
 */
@EventType(value = "berlin.gemeinsam.format.scheduled.v1", stream = EventStream.PARTICIPATION)
public record FormatScheduled(
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
        Instant scheduledAt) {
}
