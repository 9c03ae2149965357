package berlin.gemeinsam.events.ideas;

import berlin.gemeinsam.events.EventStream;
import berlin.gemeinsam.events.EventType;

import java.time.Instant;

/** The published idea was put on the shortlist of ideas its unit considers taking up as measures. */
@EventType(value = "berlin.gemeinsam.idea.shortlisted.v1", stream = EventStream.IDEAS)
public record IdeaShortlisted(
        String ideaId,
        String unit,
        String title,
        Instant shortlistedAt) {
}
