package berlin.gemeinsam.events.participation;

import berlin.gemeinsam.events.EventStream;
import berlin.gemeinsam.events.EventType;

import java.time.Instant;

/** A moderator of the unit hid a comment, for the reason given; its replies stay visible. */
@EventType(value = "berlin.gemeinsam.comment.hidden.v1", stream = EventStream.PARTICIPATION)
public record CommentHidden(
        String commentId,
        String targetType,
        String targetId,
        String unit,
        String reason,
        Instant hiddenAt) {
}
