package berlin.gemeinsam.measures.portfolio.web;

import berlin.gemeinsam.measures.portfolio.application.Portfolio;
import berlin.gemeinsam.platform.problems.Problems;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The measures API of the central instance is read-only: proposing and changing a measure belong to its lead unit,
 * whose instance reports every change to the portfolio. Every write to a measure is answered 405 with a problem saying
 * so (no caller and no state of a measure would allow it here); the open data export stays readable. The central
 * instance keeps no measures of its own to read either: they are in the portfolio ({@code /api/v1/portfolio/measures}).
 */
@RestController
@ConditionalOnProperty(name = "gemeinsam.unit", havingValue = Portfolio.CENTRAL_UNIT)
class CentralMeasuresReadOnly {

    private final Problems problems;

    CentralMeasuresReadOnly(Problems problems) {
        this.problems = problems;
    }

    /** Not an operation of the API: every write a unit's instance offers, refused in one place. */
    @Hidden
    @RequestMapping(path = {"/api/v1/measures", "/api/v1/measures/**"},
            method = {RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE})
    void change() {
        throw new ReadOnlyPortfolio();
    }

    /**
     * Not an operation of the API: a measure's resources do not exist here, answered 404 as any unknown path (not 405,
     * which the writes above would otherwise make of a read).
     */
    @Hidden
    @GetMapping(path = {"/api/v1/measures", "/api/v1/measures/**"})
    void read(HttpServletRequest request) throws NoResourceFoundException {
        throw new NoResourceFoundException(HttpMethod.GET, request.getRequestURI(), request.getRequestURI());
    }

    /** Answered like every other problem (its content negotiation included), as the handler raises it. */
    @ExceptionHandler(ReadOnlyPortfolio.class)
    ResponseEntity<ProblemDetail> readOnly(HttpServletRequest request) {
        ProblemDetail problem = problems.problem(HttpStatus.METHOD_NOT_ALLOWED, "central-read-only",
                problems.localeOf(request));
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).allow(HttpMethod.GET).body(problem);
    }

    /** A change asked of the central instance, which only the measure's lead unit makes. */
    static final class ReadOnlyPortfolio extends RuntimeException {

        ReadOnlyPortfolio() {
            super("the measures of the central instance are read-only");
        }
    }
}
