package berlin.gemeinsam.events.participation;

import berlin.gemeinsam.events.EventStream;
import berlin.gemeinsam.events.EventType;

import java.time.Instant;

/**
 * A participant asked for the erasure of what is held about them (GDPR Art. 17), and participation-service erased
 * it in its unit. The person is named only by {@code participantId}, the pseudonymous token subject the other
 * services hold, so that ideas-service and notification-service erase the same person; nothing else about them.
 * Written once per erasure, in the same store write as the erasure's record.
 */
@EventType(value = "berlin.gemeinsam.participant.erased.v1", stream = EventStream.PARTICIPATION)
public record ParticipantErased(
        String participantId,
        String unit,
        Instant requestedAt) {
}
