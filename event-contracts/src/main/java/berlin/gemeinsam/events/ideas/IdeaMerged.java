package berlin.gemeinsam.events.ideas;

import berlin.gemeinsam.events.EventStream;
import berlin.gemeinsam.events.EventType;

import java.time.Instant;

/**
 * A moderator marked the idea as a duplicate of another idea of the same unit, the surviving one: the idea is
 * closed, and its supports and followers move over to the survivor ({@code previousState}: where the duplicate
 * stood, {@code SUBMITTED}, {@code PUBLISHED} or {@code SHORTLISTED}).
 */
@EventType(value = "berlin.gemeinsam.idea.merged.v1", stream = EventStream.IDEAS)
public record IdeaMerged(
        String ideaId,
        String unit,
        String title,
        String survivingIdeaId,
        String previousState,
        Instant mergedAt) {
}
