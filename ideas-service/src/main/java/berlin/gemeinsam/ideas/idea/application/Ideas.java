package berlin.gemeinsam.ideas.idea.application;

import berlin.gemeinsam.ideas.idea.domain.Idea;
import berlin.gemeinsam.ideas.idea.domain.IdeaStatus;
import berlin.gemeinsam.platform.paging.Page;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The unit's ideas; a change of an idea and the events it causes are stored together or not at all. */
public interface Ideas {

    Optional<Idea> find(String id);

    /** Adds a new idea; false when an idea with this id exists already (a repeated idempotent request). */
    boolean add(Idea idea);

    /**
     * Stores the changed idea with the events the change causes and answers it as stored, at its new version; fails
     * with Spring's {@code OptimisticLockingFailureException} when somebody else changed it since it was read, for
     * {@code ConcurrentChanges.retry} to read it again.
     */
    Idea save(Idea idea, List<? extends Record> events);

    /** The ideas in one of the statuses, the newest submitted first. */
    Page<Idea> list(Set<IdeaStatus> statuses, int page, int size);

    /** The ideas in one of the statuses, the oldest submitted first: the order a queue is worked off in. */
    Page<Idea> listOldestFirst(Set<IdeaStatus> statuses, int page, int size);

    /** The ideas the participant submitted, the oldest first. */
    List<Idea> byAuthor(String authorId);

    /** How many ideas are in the status. */
    long count(IdeaStatus status);

    /**
     * Up to {@code limit} ideas in one of the statuses that last changed before {@code cutoff}, in the order of their
     * ids and after the id {@code afterId} (null: from the first), so that a caller pages through them while it
     * changes them.
     */
    List<Idea> changedBefore(Set<IdeaStatus> statuses, Instant cutoff, String afterId, int limit);
}
