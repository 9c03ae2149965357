package berlin.gemeinsam.measures.measure.application;

import berlin.gemeinsam.measures.ideas.application.KnownIdeas;
import berlin.gemeinsam.measures.ideas.domain.KnownIdea;
import berlin.gemeinsam.platform.errors.NotFoundException;
import berlin.gemeinsam.platform.errors.StateConflictException;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Whether a measure may take up an idea, as its source or linked: the idea must be known from the ideas streams (published), not
 * adopted by another measure, and not already the source of another of this unit's measures whose answer is
 * still to come. Two units (or instances) can still both pass at once; the idea's unit then declines the later
 * one with an event.
 */
@Component
class SourceIdeaCheck {

    private final KnownIdeas ideas;
    private final Measures measures;

    SourceIdeaCheck(KnownIdeas ideas, Measures measures) {
        this.ideas = ideas;
        this.measures = measures;
    }

    /**
     * Passes for the measure that took the idea up already, so that a repeated request finds it; {@code field}
     * names the idea in the request.
     */
    void requireAdoptable(String ideaId, String measureId, String field) {
        List<String> sourcing = measures.idsTakingUp(ideaId);
        if (sourcing.contains(measureId)) {
            return;
        }
        KnownIdea idea = ideas.find(ideaId).orElseThrow(() -> new NotFoundException("idea", ideaId, field));
        idea.requireAdoptableAs(measureId);
        if (!sourcing.isEmpty()) {
            throw new StateConflictException("idea", "ADOPTED", "adopt", List.of());
        }
    }
}
