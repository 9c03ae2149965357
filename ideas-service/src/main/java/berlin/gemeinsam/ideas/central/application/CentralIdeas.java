package berlin.gemeinsam.ideas.central.application;

import berlin.gemeinsam.ideas.central.domain.CentralIdea;

import java.util.Optional;

/** The central view's ideas in the central instance's own store. */
public interface CentralIdeas {

    Optional<CentralIdea> find(String id);

    /**
     * Stores the idea as read at its version (a new one if it was unseen).
     *
     * @throws org.springframework.dao.OptimisticLockingFailureException when somebody else stored it since
     */
    void save(CentralIdea idea);

    /** The counts of the ideas the view shows, of all units or of one, computed by the store. */
    IdeaStats stats(Optional<String> unit);
}
