package berlin.gemeinsam.ideas.search.web;

import berlin.gemeinsam.events.Category;
import berlin.gemeinsam.events.GuidingPrinciple;
import berlin.gemeinsam.ideas.idea.domain.IdeaStatus;
import berlin.gemeinsam.ideas.search.application.IdeaSearch;
import berlin.gemeinsam.ideas.search.application.IdeaSearchQuery;
import berlin.gemeinsam.ideas.search.application.SearchCursor;
import berlin.gemeinsam.ideas.search.application.SearchOrder;
import berlin.gemeinsam.ideas.search.application.SearchResults;
import berlin.gemeinsam.ideas.search.application.SearchableIdea;
import berlin.gemeinsam.platform.problems.FieldError;
import berlin.gemeinsam.platform.problems.Problems;
import berlin.gemeinsam.platform.security.Access;
import berlin.gemeinsam.platform.web.CursorLinks;
import berlin.gemeinsam.platform.web.Text;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The search over the ideas, on the path of the ideas' list: a request with any of {@code q}, {@code category},
 * {@code principle}, {@code unit}, {@code hasLocation}, {@code near}, {@code radius}, {@code sort} or {@code cursor}
 * is answered from the index, in pages linked by cursors; one with none of them (only {@code status}, {@code page},
 * {@code size}) is the list it always was: the list's mapping declares it answers none of these parameters.
 */
@RestController
@RequestMapping("/api/v1/ideas")
class IdeaSearchController {

    private static final double DEFAULT_RADIUS_METRES = 1000;

    private final IdeaSearch search;
    private final Access access;
    private final Problems problems;

    IdeaSearchController(IdeaSearch search, Access access, Problems problems) {
        this.search = search;
        this.access = access;
        this.problems = problems;
    }

    /**
     * Ideas matching the words {@code q} (title, problem, proposal) and the filters, in {@code sort} order (the
     * default: {@code relevance} with {@code q}, {@code newest} without); {@code near} is {@code latitude,longitude}
     * and {@code radius} metres around it (1,000 by default). {@code nextCursor} (and the link {@code next}) fetch
     * the following page; it is null after the last.
     */
    @GetMapping
    SearchPage search(@RequestParam(required = false) @Size(max = 500) @Text String q,
            @RequestParam(required = false) IdeaStatus status,
            @RequestParam(required = false) Category category,
            @RequestParam(required = false) GuidingPrinciple principle,
            @RequestParam(required = false) @Pattern(regexp = "[a-z0-9-]{1,40}") String unit,
            @RequestParam(required = false) Boolean hasLocation,
            @RequestParam(required = false) @Pattern(regexp = "-?\\d{1,2}(\\.\\d{1,10})?,-?\\d{1,3}(\\.\\d{1,10})?")
            String near,
            @RequestParam(required = false) @Positive @Max(50_000) Double radius,
            @RequestParam(required = false) @Pattern(regexp = "newest|supported|active|relevance") String sort,
            @RequestParam(required = false) @Size(max = 500) String cursor,
            @RequestParam(required = false) Integer page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            HttpServletRequest request) {
        if (page != null) {
            throw new InvalidSearchParameter("page", "search.page-with-search");
        }
        String text = q == null || q.isBlank() ? null : q.strip();
        SearchOrder order = sort != null ? SearchOrder.ofParameter(sort)
                : text != null ? SearchOrder.RELEVANCE : SearchOrder.NEWEST;
        if (order == SearchOrder.RELEVANCE && text == null) {
            throw new InvalidSearchParameter("sort", "search.relevance-without-q");
        }
        if (radius != null && near == null) {
            throw new InvalidSearchParameter("radius", "search.radius-without-near");
        }
        IdeaSearchQuery.Area area = near == null ? null : area(near, radius == null ? DEFAULT_RADIUS_METRES : radius);
        SearchCursor after = cursor == null ? null : cursor(cursor, order);
        IdeaSearchQuery query = new IdeaSearchQuery(text, status == null ? Set.of() : Set.of(status.name()),
                category == null ? null : category.name(), principle == null ? null : principle.name(), unit,
                hasLocation, area, order, after, size);
        SearchResults results = search.search(query, access.caller());
        String nextCursor = results.next() == null ? null : results.next().encode();
        return new SearchPage(results.items().stream().map(IdeaHitView::of).toList(), size, nextCursor,
                nextCursor == null ? null : CursorLinks.next(request, nextCursor));
    }

    private static IdeaSearchQuery.Area area(String near, double radius) {
        String[] point = near.split(",");
        double latitude = Double.parseDouble(point[0]);
        double longitude = Double.parseDouble(point[1]);
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw new InvalidSearchParameter("near", "search.near-not-a-point");
        }
        return new IdeaSearchQuery.Area(latitude, longitude, radius);
    }

    private static SearchCursor cursor(String encoded, SearchOrder order) {
        SearchCursor cursor;
        try {
            cursor = SearchCursor.decode(encoded);
        } catch (IllegalArgumentException notACursor) {
            throw new InvalidSearchParameter("cursor", "search.cursor-invalid");
        }
        if (cursor.order() != order) {
            throw new InvalidSearchParameter("cursor", "search.cursor-other-order");
        }
        return cursor;
    }


    @ExceptionHandler(InvalidSearchParameter.class)
    ResponseEntity<ProblemDetail> invalid(InvalidSearchParameter invalid) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "invalid-request", locale, invalid.field);
        problem.setProperty("errors", List.of(new FieldError(invalid.field, problems.text(invalid.code, locale))));
        return ResponseEntity.badRequest().body(problem);
    }

    /** A search parameter that is well-formed but does not make sense (with the others). */
    static final class InvalidSearchParameter extends RuntimeException {

        private final String field;
        private final String code;

        InvalidSearchParameter(String field, String code) {
            super(field + ": " + code);
            this.field = field;
            this.code = code;
        }
    }

    record SearchPage(List<IdeaHitView> items, int size, String nextCursor, String next) {
    }

    /** An idea as the search finds it: the fields of an idea that are public, and when it last changed. */
    record IdeaHitView(String id, String unit, String title, String problem, String proposal, String category,
                       Set<String> principles, LocationView location, String language, String status,
                       long supportCount, Instant submittedAt, Instant publishedAt, Instant changedAt,
                       String mergedInto) {

        static IdeaHitView of(SearchableIdea idea) {
            LocationView location = idea.latitude() == null || idea.longitude() == null ? null
                    : new LocationView(idea.latitude(), idea.longitude());
            return new IdeaHitView(idea.id(), idea.unit(), idea.title(), idea.problem(), idea.proposal(),
                    idea.category(), idea.principles(), location, idea.language(), idea.status(),
                    idea.supportCount(), idea.submittedAt(), idea.publishedAt(), idea.changedAt(),
                    idea.mergedInto());
        }
    }

    record LocationView(double latitude, double longitude) {
    }
}
