package berlin.gemeinsam.web.ideas.application;

/**
 * The search of ideas-service with its filters, each null when not used: words {@code q}, {@code status},
 * {@code category}, guiding {@code principle}, {@code unit}, {@code hasLocation}, {@code near} (latitude,longitude)
 * with {@code radius} in metres, the order {@code sort} ({@code newest}, {@code supported}, {@code active},
 * {@code relevance}) and the {@code cursor} of the next page.
 */
public record SearchQuery(String q, String status, String category, String principle, String unit,
                          Boolean hasLocation, String near, String radius, String sort, String cursor, int size) {

    public static SearchQuery sortedBy(String sort, int size) {
        return new SearchQuery(null, null, null, null, null, null, null, null, sort, null, size);
    }
}
