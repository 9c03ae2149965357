package berlin.gemeinsam.ideas.search.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Where the search index takes the ideas from and rebuilds itself from when it is missing or stale: the unit's
 * ideas, or on the central instance the view built from every unit's events.
 */
public interface SearchableIdeas {

    /**
     * The ideas changed at or after {@code since}, in the order of {@code changedAt} and then {@code id}, starting
     * after the idea {@code afterId} among those changed at {@code since} (null for the first), at most {@code limit}.
     */
    List<SearchableIdea> changedSince(Instant since, String afterId, int limit);

    /** The ideas with these ids, in any order; unknown ids are left out. */
    List<SearchableIdea> withIds(Collection<String> ids);
}
