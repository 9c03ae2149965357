package berlin.gemeinsam.events.ideas;

import berlin.gemeinsam.events.EventStream;
import berlin.gemeinsam.events.EventType;

import java.time.Instant;

/** A moderator of the idea's unit rejected the submitted idea; the reason is shown to its author. */
@EventType(value = "berlin.gemeinsam.idea.rejected.v1", stream = EventStream.IDEAS)
public record IdeaRejected(
        String ideaId,
        String unit,
        String reason,
        Instant rejectedAt) {
}
