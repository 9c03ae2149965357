package berlin.gemeinsam.events.ideas;

import berlin.gemeinsam.events.EventStream;
import berlin.gemeinsam.events.EventType;

import java.time.Instant;

/**
 * The fields and meaning of {@link IdeaAdoptionDeclined}, whose {@code currentState} may also be {@code REJECTED},
 * {@code WITHDRAWN}, {@code ARCHIVED} or {@code MERGED}: an idea that is none of these any more is declined with
 * {@code NOT_PUBLISHED}. Version 1 allowed only {@code SUBMITTED}, {@code PUBLISHED} and {@code ADOPTED}, so its
 * consumers may refuse the other states.
 */
@EventType(value = "berlin.gemeinsam.idea.adoption-declined.v2", stream = EventStream.IDEAS)
public record IdeaAdoptionDeclinedV2(
        String ideaId,
        String unit,
        String measureId,
        String measureUnit,
        String reason,
        String currentState,
        String adoptingMeasureId,
        Instant declinedAt) {
}
