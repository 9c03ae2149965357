package berlin.gemeinsam.ideas.search.application;

import java.util.List;

/** One page of a search; {@code next} is where the following page starts, null after the last. */
public record SearchResults(List<SearchableIdea> items, SearchCursor next) {

    public SearchResults {
        items = List.copyOf(items);
    }
}
