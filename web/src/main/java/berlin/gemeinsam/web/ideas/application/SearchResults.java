package berlin.gemeinsam.web.ideas.application;

import java.util.List;

/** A page of the search; {@code nextCursor} is null after the last. */
public record SearchResults(List<IdeaCard> items, String nextCursor) {

    public SearchResults {
        items = List.copyOf(items);
    }
}
