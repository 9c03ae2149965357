package berlin.gemeinsam.ideas.search.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The search index of ideas, which follows {@link SearchableIdeas} and answers searches. */
public interface IdeaIndex {

    /**
     * How far the index has followed its source, as last made durable: the latest {@code changedAt} it holds.
     * Empty for a new index, or one that was rebuilt because it was missing or unreadable.
     */
    Optional<Instant> watermark();

    /**
     * Takes in the ideas whose version is newer than the one indexed (or that are not indexed yet); older or equal
     * ones change nothing. Searches see them after {@link #refresh()}.
     *
     * @return how many were taken in
     */
    int update(List<SearchableIdea> ideas);

    /** Makes what was taken in visible to searches. */
    void refresh();

    /** Makes what was taken in durable, with the watermark to continue from after a restart. */
    void commit(Instant watermark);

    SearchResults search(IdeaSearchQuery query);

    /**
     * Up to {@code limit} ideas in one of {@code statuses} that share the most words with the title and problem,
     * the best match first, without the idea {@code except}.
     */
    List<SearchableIdea> similarTo(String title, String problem, Set<String> statuses, String except, int limit);
}
