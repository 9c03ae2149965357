package berlin.gemeinsam.platform.web;

import berlin.gemeinsam.platform.problems.Problems;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import java.io.IOException;

/**
 * The servlet container's error page: errors raised outside Spring MVC (a filter's {@code sendError} or
 * exception, a request the container refused after parsing it) become a problem in the caller's language,
 * instead of Spring Boot's own JSON. It answers whatever the request accepts (an error answer may, RFC 9110), so
 * an error is never turned into a 406. A token that could not be checked at all, because the issuer's keys could
 * not be fetched in time (an overloaded machine, the issuer down), is a 503 with {@code Retry-After}: the request was
 * refused before it reached its handler, and trying again later can succeed.
 */
@Controller
public class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);
    private static final String RETRY_AFTER_SECONDS = "5";

    private final Problems problems;

    public ProblemErrorController(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping(path = "${server.error.path:/error}", produces = MediaType.ALL_VALUE)
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // called directly rather than as the error page of a failed request, there is nothing here
        HttpStatusCode status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                ? HttpStatusCode.valueOf(code) : HttpStatus.NOT_FOUND;
        AuthenticationServiceException unchecked =
                tokenCheckFailure(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
        if (unchecked != null) {
            log.warn("A token could not be checked: {}", unchecked.getMessage());
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "token-check-unavailable");
            return;
        }
        if (status.is5xxServerError()
                && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure) {
            log.error("Unexpected error outside Spring MVC", failure);
        }
        problems.write(request, response, problems.forStatus(status, problems.localeOf(request)));
    }

    private static AuthenticationServiceException tokenCheckFailure(Object error) {
        for (Throwable cause = error instanceof Throwable failure ? failure : null; cause != null;
                cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof AuthenticationServiceException unchecked) {
                return unchecked;
            }
        }
        return null;
    }
}
