package berlin.gemeinsam.ideas.search.application;

import java.util.Set;

/**
 * One search as the index runs it: {@code text} (null for none) must match the title, problem or proposal, each
 * filter that is not null must hold, {@code statuses} are the statuses the reader may see of those asked for;
 * {@code after} (null for the first page) is where the page starts.
 */
public record IdeaSearchQuery(String text, Set<String> statuses, String category, String principle, String unit,
                              Boolean hasLocation, Area area, SearchOrder order, SearchCursor after, int size) {

    public IdeaSearchQuery {
        statuses = Set.copyOf(statuses);
    }

    /** Ideas located within {@code radiusMetres} of a WGS84 point. */
    public record Area(double latitude, double longitude, double radiusMetres) {
    }
}
