package berlin.gemeinsam.events.ideas;

import berlin.gemeinsam.events.EventStream;
import berlin.gemeinsam.events.EventType;

import java.time.Instant;
import java.util.List;

/**
 * An idea became visible in the Arena der Ideen, with all its content: what v1 carries and its guiding principles,
 * location and language, so that a reader of the stream (the central view) can show the idea without asking its
 * unit. Written beside v1 in the same change, after it, until v1's consumers moved. {@code category} and
 * {@code principles} are the names of the field of action and the guiding principles; {@code latitude} and
 * {@code longitude} (WGS84) are null when the idea is about no particular place; {@code language} is {@code de} or
 * {@code en}.
 */
@EventType(value = "berlin.gemeinsam.idea.published.v2", stream = EventStream.IDEAS)
public record IdeaPublishedV2(
        String ideaId,
        String unit,
        String title,
        String problem,
        String proposal,
        String category,
        List<String> principles,
        Double latitude,
        Double longitude,
        String language,
        Instant publishedAt) {
}
