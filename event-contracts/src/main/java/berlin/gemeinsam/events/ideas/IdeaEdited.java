package berlin.gemeinsam.events.ideas;

import berlin.gemeinsam.events.EventStream;
import berlin.gemeinsam.events.EventType;

import java.time.Instant;
import java.util.List;

/**
 * The idea's content as it reads after an edit (by its author while submitted, by a moderator later).
 * {@code category} and {@code principles} are the names of the fields of action and guiding principles;
 * {@code latitude} and {@code longitude} (WGS84) are null when the idea is about no particular place.
 */
@EventType(value = "berlin.gemeinsam.idea.edited.v1", stream = EventStream.IDEAS)
public record IdeaEdited(
        String ideaId,
        String unit,
        String status,
        String title,
        String problem,
        String proposal,
        String category,
        List<String> principles,
        Double latitude,
        Double longitude,
        String language,
        Instant editedAt) {
}
