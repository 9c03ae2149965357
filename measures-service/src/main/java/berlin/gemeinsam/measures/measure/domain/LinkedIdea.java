package berlin.gemeinsam.measures.measure.domain;

import java.time.Instant;

/**
 * An idea a measure takes up beside its source idea, and what the idea answered: like the source idea, a linked
 * idea adopts the measure or declines it ({@code declineReason}) when another measure has it already.
 */
public record LinkedIdea(String ideaId, SourceIdeaState state, String declineReason, Instant linkedAt) {

    LinkedIdea answered(SourceIdeaState answer, String reason) {
        return new LinkedIdea(ideaId, answer, reason, linkedAt);
    }
}
