package berlin.gemeinsam.events.ideas;

import berlin.gemeinsam.events.EventStream;
import berlin.gemeinsam.events.EventType;

import java.time.Instant;

/** An idea became visible in the Arena der Ideen; from now on it can be supported and followed. */
@EventType(value = "berlin.gemeinsam.idea.published.v1", stream = EventStream.IDEAS)
public record IdeaPublished(
        String ideaId,
        String unit,
        String title,
        String problem,
        String proposal,
        String category,
        Instant publishedAt) {
}
