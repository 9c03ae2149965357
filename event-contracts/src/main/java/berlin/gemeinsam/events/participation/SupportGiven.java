package berlin.gemeinsam.events.participation;

import berlin.gemeinsam.events.EventStream;
import berlin.gemeinsam.events.EventType;

import java.time.Instant;

/**
 * Somebody supported an idea. The participant stays pseudonymous: the event names only the helix group,
 * which is what the idea's owner and the reports need.
 */
@EventType(value = "berlin.gemeinsam.support.given.v1", stream = EventStream.PARTICIPATION)
public record SupportGiven(
        String supportId,
        String ideaId,
        String unit,
        String helixGroup,
        Instant givenAt) {
}
