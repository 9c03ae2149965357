package berlin.gemeinsam.participation.ideas.application;

import berlin.gemeinsam.participation.ideas.domain.PublishedIdea;

import java.util.Optional;

/** The published ideas of all units that this unit's participants can support. */
public interface PublishedIdeas {

    Optional<PublishedIdea> find(String ideaId);

    /**
     * Keeps the idea by its id: recording it again leaves exactly the same idea behind, and a merge recorded before
     * stays.
     */
    void record(PublishedIdea idea);

    /** The known idea was merged into {@code survivingIdeaId}; an idea not known here stays unknown. */
    void merged(String ideaId, String survivingIdeaId);
}
