package berlin.gemeinsam.events.ideas;

import berlin.gemeinsam.events.EventStream;
import berlin.gemeinsam.events.EventType;

import java.time.Instant;

/**
 * The author withdrew the idea. {@code previousStatus} says whether it had been public ({@code PUBLISHED}), so
 * that those who show it can take it down.
 */
@EventType(value = "berlin.gemeinsam.idea.withdrawn.v1", stream = EventStream.IDEAS)
public record IdeaWithdrawn(
        String ideaId,
        String unit,
        String previousStatus,
        Instant withdrawnAt) {
}
