package berlin.gemeinsam.participation.ideas.application;

import berlin.gemeinsam.participation.ideas.domain.PublishedIdea;

import java.util.List;
import java.util.Optional;

/** The published ideas of all units that this unit's participants can support. */
public interface PublishedIdeas {

    Optional<PublishedIdea> find(String ideaId);

    /**
     * Keeps the ideas by their ids: recording one again leaves exactly the same idea behind, and a merge recorded
     * before stays; of two recordings of the same idea the later wins.
     */
    void recordAll(List<PublishedIdea> ideas);

    /** The known idea was merged into {@code survivingIdeaId}; an idea not known here stays unknown. */
    void merged(String ideaId, String survivingIdeaId);
}
