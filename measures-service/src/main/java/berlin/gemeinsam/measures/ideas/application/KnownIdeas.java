package berlin.gemeinsam.measures.ideas.application;

import berlin.gemeinsam.measures.ideas.domain.KnownIdea;

import java.util.List;
import java.util.Optional;

/**
 * The ideas of all units that this unit's measures may take up. Each change is idempotent, so that a redelivered
 * event repeats it without harm, and an adoption is never undone by a late publication.
 */
public interface KnownIdeas {

    Optional<KnownIdea> find(String ideaId);

    /**
     * The ideas are published: each known with its unit and title, and free unless it was adopted already; of two
     * publications of the same idea the later wins.
     */
    void published(List<Publication> publications);

    /** The idea is adopted by the measure {@code measureId}. */
    void adopted(String ideaId, String unit, String measureId);

    /**
     * The known idea was merged into another as its duplicate; an idea not known here (merged before it was
     * published) stays unknown.
     */
    void merged(String ideaId);

    /** What a publication tells of an idea. */
    record Publication(String ideaId, String unit, String title) {
    }
}
