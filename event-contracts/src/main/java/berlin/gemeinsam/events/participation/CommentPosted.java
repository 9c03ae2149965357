package berlin.gemeinsam.events.participation;

import berlin.gemeinsam.events.EventStream;
import berlin.gemeinsam.events.EventType;

import java.time.Instant;

/**
 * Somebody commented on an idea or a measure, or replied to a comment ({@code parentId}). The text stays in
 * participation-service, where it can be hidden or erased; the event names the author only by their pseudonymous
 * participant id.
 *
 * @param targetType {@code IDEA} or {@code MEASURE}
 */
@EventType(value = "berlin.gemeinsam.comment.posted.v1", stream = EventStream.PARTICIPATION)
public record CommentPosted(
        String commentId,
        String targetType,
        String targetId,
        String parentId,
        String unit,
        String authorId,
        Instant postedAt) {
}
