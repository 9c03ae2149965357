package berlin.gemeinsam.events.ideas;

import berlin.gemeinsam.events.EventStream;
import berlin.gemeinsam.events.EventType;

import java.time.Instant;

/** A measure was proposed from an idea: the idea is adopted and points to its measure. */
@EventType(value = "berlin.gemeinsam.idea.adopted.v1", stream = EventStream.IDEAS)
public record IdeaAdopted(
        String ideaId,
        String unit,
        String title,
        String measureId,
        String measureUnit,
        Instant adoptedAt) {
}
