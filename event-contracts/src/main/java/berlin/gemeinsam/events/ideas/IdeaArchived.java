package berlin.gemeinsam.events.ideas;

import berlin.gemeinsam.events.EventStream;
import berlin.gemeinsam.events.EventType;

import java.time.Instant;

/** The published or shortlisted idea was archived: it stays readable but is no longer open for support. */
@EventType(value = "berlin.gemeinsam.idea.archived.v1", stream = EventStream.IDEAS)
public record IdeaArchived(
        String ideaId,
        String unit,
        String previousStatus,
        String reason,
        Instant archivedAt) {
}
