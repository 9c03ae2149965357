package berlin.gemeinsam.events.participation;

import berlin.gemeinsam.events.EventStream;
import berlin.gemeinsam.events.EventType;

import java.time.Instant;

/** The author changed their comment's text within the time a comment stays editable. */
@EventType(value = "berlin.gemeinsam.comment.edited.v1", stream = EventStream.PARTICIPATION)
public record CommentEdited(
        String commentId,
        String targetType,
        String targetId,
        String unit,
        Instant editedAt) {
}
