package berlin.gemeinsam.events.ideas;

import berlin.gemeinsam.events.EventStream;
import berlin.gemeinsam.events.EventType;

import java.time.Instant;

/**
 * A measure was proposed from an idea that could not adopt it, e.g. because another measure adopted it first:
 * the idea stays as it is ({@code currentState}, and {@code adoptingMeasureId} when it is adopted) and tells the
 * proposing unit why ({@code reason}: {@code ALREADY_ADOPTED}, or {@code NOT_PUBLISHED} when it is not open for
 * adoption). Its {@code currentState} is {@code SUBMITTED}, {@code PUBLISHED} or {@code ADOPTED}; ideas-service
 * answers with {@link IdeaAdoptionDeclinedV2}, which names every state, and consumers read both.
 */
@EventType(value = "berlin.gemeinsam.idea.adoption-declined.v1", stream = EventStream.IDEAS)
public record IdeaAdoptionDeclined(
        String ideaId,
        String unit,
        String measureId,
        String measureUnit,
        String reason,
        String currentState,
        String adoptingMeasureId,
        Instant declinedAt) {

    public static final String ALREADY_ADOPTED = "ALREADY_ADOPTED";
    public static final String NOT_PUBLISHED = "NOT_PUBLISHED";
}
