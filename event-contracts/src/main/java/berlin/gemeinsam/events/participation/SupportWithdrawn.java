package berlin.gemeinsam.events.participation;

import berlin.gemeinsam.events.EventStream;
import berlin.gemeinsam.events.EventType;

import java.time.Instant;

/**
 * A participant withdrew their support of an idea. It names the support given before, so that the idea's owner
 * counts one support less; its {@code ce_sequence} orders it after that support's {@link SupportGiven}, and a
 * support given again afterwards has a later one.
 */
@EventType(value = "berlin.gemeinsam.support.withdrawn.v1", stream = EventStream.PARTICIPATION)
public record SupportWithdrawn(
        String supportId,
        String ideaId,
        String unit,
        String helixGroup,
        Instant withdrawnAt) {
}
