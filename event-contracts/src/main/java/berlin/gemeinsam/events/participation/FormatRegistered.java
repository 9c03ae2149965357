package berlin.gemeinsam.events.participation;

import berlin.gemeinsam.events.EventStream;
import berlin.gemeinsam.events.EventType;

import java.time.Instant;

/**
 * Somebody registered for a dialog format: with a seat ({@code REGISTERED}) or on the waiting list
 * ({@code WAITLISTED}, {@code waitingListPlace} from 1). The person is named only by their pseudonymous id (the token's
 * subject), so that they can be sent their confirmation.
 */
@EventType(value = "berlin.gemeinsam.format.registered.v1", stream = EventStream.PARTICIPATION)
public record FormatRegistered(
        String registrationId,
        String formatId,
        String unit,
        String participantId,
        String status,
        Integer waitingListPlace,
        Instant registeredAt) {
}
