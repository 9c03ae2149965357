package berlin.gemeinsam.ideas.central.web;

import berlin.gemeinsam.ideas.central.application.CentralView;
import berlin.gemeinsam.ideas.central.application.IdeaStats;
import berlin.gemeinsam.ideas.central.domain.CentralIdea;
import berlin.gemeinsam.ideas.idea.domain.IdeaStatus;
import berlin.gemeinsam.platform.problems.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The ideas API of the central instance: every unit's published ideas as the central view knows them from the units'
 * events, and their statistics. The view is read-only: submitting, moderating and editing belong to each idea's unit,
 * so they are answered 405 with a problem saying so (no caller and no state of the idea would allow them here).
 */
@RestController
@RequestMapping("/api/v1/ideas")
@ConditionalOnProperty(name = "gemeinsam.unit", havingValue = CentralView.CENTRAL_UNIT)
class CentralIdeaController {

    private final CentralView view;
    private final Problems problems;

    CentralIdeaController(CentralView view, Problems problems) {
        this.view = view;
        this.problems = problems;
    }

    /** A published idea of any unit; ideas the view does not show (withdrawn, unknown) are 404. */
    @GetMapping("/{id}")
    CentralIdeaView get(@PathVariable String id) {
        return CentralIdeaView.of(view.read(id));
    }

    /**
     * How many ideas the view shows, per unit, field of action, status and month of publication; of one unit only
     * with {@code unit}.
     */
    @GetMapping("/stats")
    IdeaStats stats(@RequestParam(required = false) @Pattern(regexp = "[a-z0-9-]{2,60}") String unit) {
        return view.stats(Optional.ofNullable(unit));
    }

    @PostMapping
    void submit() {
        throw new ReadOnlyView();
    }

    /** The changes a unit makes to its ideas; other paths are unknown here as on a unit's instance. */
    @PostMapping("/{id}/{change:publish|reject|shortlist|archive|withdraw|merge}")
    void change() {
        throw new ReadOnlyView();
    }

    @PutMapping("/{id}")
    void edit() {
        throw new ReadOnlyView();
    }

    /** Answered like every other problem (its content negotiation included), as the changes' handlers raise it. */
    @ExceptionHandler(ReadOnlyView.class)
    ResponseEntity<ProblemDetail> readOnly(HttpServletRequest request) {
        ProblemDetail problem = problems.problem(HttpStatus.METHOD_NOT_ALLOWED, "central-read-only",
                problems.localeOf(request));
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).allow(HttpMethod.GET).body(problem);
    }

    /** A change asked of the central view, which only the idea's unit makes. */
    static final class ReadOnlyView extends RuntimeException {

        ReadOnlyView() {
            super("the central view is read-only");
        }
    }

    /** {@code location} is null when the idea is about no particular place (or the view has only its v1 event). */
    record CentralIdeaView(String id, String unit, String title, String problem, String proposal, String category,
                           List<String> principles, LocationView location, String language, IdeaStatus status,
                           long supportCount, Instant publishedAt) {

        static CentralIdeaView of(CentralIdea idea) {
            LocationView location = idea.getLatitude() == null || idea.getLongitude() == null ? null
                    : new LocationView(idea.getLatitude(), idea.getLongitude());
            return new CentralIdeaView(idea.getId(), idea.getUnit(), idea.getTitle(), idea.getProblem(),
                    idea.getProposal(), idea.getCategory(), idea.getPrinciples(), location, idea.getLanguage(),
                    idea.getStatus(), idea.getSupportCount(), idea.getPublishedAt());
        }
    }

    record LocationView(double latitude, double longitude) {
    }
}
