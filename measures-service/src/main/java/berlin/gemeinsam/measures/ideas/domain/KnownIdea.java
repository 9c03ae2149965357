package berlin.gemeinsam.measures.ideas.domain;

import berlin.gemeinsam.platform.errors.StateConflictException;

import java.util.List;

/**
 * An idea of any unit as far as measures need to know it, learnt from the units' ideas streams: a measure may
 * take up a published idea that no other measure has adopted. Unpublished ideas never leave their unit, so they
 * are not known here. Its id is the idea's id.
 */
public class KnownIdea {

    private final String id;
    private final String unit;
    private final String title;
    private final KnownIdeaState state;
    private final String adoptingMeasureId;

    KnownIdea(String id, String unit, String title, KnownIdeaState state, String adoptingMeasureId) {
        this.id = id;
        this.unit = unit;
        this.title = title;
        this.state = state;
        this.adoptingMeasureId = adoptingMeasureId;
    }

    /**
     * Refuses a measure that may not take the idea up: only the measure that adopted it already (a repeated
     * request) may name an adopted idea, and none a merged one (the idea it was merged into may be free).
     */
    public void requireAdoptableAs(String measureId) {
        if (state == KnownIdeaState.MERGED
                || state == KnownIdeaState.ADOPTED && !measureId.equals(adoptingMeasureId)) {
            throw new StateConflictException("idea", state.name(), "adopt", List.of());
        }
    }
}
