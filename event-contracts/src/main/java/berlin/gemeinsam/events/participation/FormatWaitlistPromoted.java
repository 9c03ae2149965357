package berlin.gemeinsam.events.participation;

import berlin.gemeinsam.events.EventStream;
import berlin.gemeinsam.events.EventType;

import java.time.Instant;

/**
 * A seat became free (a cancellation or more capacity) and the first on the waiting list got it: their
 * registration holds a seat now. Carries what the promoted person is told: which format, when.
 */
@EventType(value = "berlin.gemeinsam.format.waitlist-promoted.v1", stream = EventStream.PARTICIPATION)
public record FormatWaitlistPromoted(
        String registrationId,
        String formatId,
        String unit,
        String participantId,
        String title,
        Instant start,
        Instant promotedAt) {
}
