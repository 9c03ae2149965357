package berlin.gemeinsam.events.participation;

import berlin.gemeinsam.events.EventStream;
import berlin.gemeinsam.events.EventType;

import java.time.Instant;

/** A participant cancelled their registration for a dialog format; {@code previousStatus} says whether it held a seat. */
@EventType(value = "berlin.gemeinsam.format.registration-cancelled.v1", stream = EventStream.PARTICIPATION)
public record FormatRegistrationCancelled(
        String registrationId,
        String formatId,
        String unit,
        String participantId,
        String previousStatus,
        Instant cancelledAt) {
}
