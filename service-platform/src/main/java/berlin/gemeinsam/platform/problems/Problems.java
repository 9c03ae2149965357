package berlin.gemeinsam.platform.problems;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * RFC 9457 problems of the suite: a {@code type} under one base URI, and title and detail in the caller's
 * language from the messages {@code problem.<slug>.title} and {@code problem.<slug>.detail}.
 */
public class Problems {

    private static final String TYPE_BASE = "https://gemeinsam.berlin/problems/";

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    public Problems(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    public ProblemDetail problem(HttpStatus status, String slug, Locale locale, Object... detailArguments) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                text("problem." + slug + ".detail", locale, detailArguments));
        problem.setType(URI.create(TYPE_BASE + slug));
        problem.setTitle(text("problem." + slug + ".title", locale));
        return problem;
    }

    public String text(String code, Locale locale, Object... arguments) {
        return messages.getMessage(code, arguments, locale);
    }

    public String textOr(String code, String fallback, Locale locale) {
        return messages.getMessage(code, null, fallback, locale);
    }

    /** The name of a resource in the caller's language, e.g. {@code resource.idea} = Idee. */
    public String resourceName(String resource, Locale locale) {
        return messages.getMessage("resource." + resource, null, resource, locale);
    }

    /**
     * A problem for a bare status that the framework or the servlet container raised: the title
     * {@code problem.http.<status>} and, where there is one, the detail {@code problem.http.<status>.detail}.
     */
    public ProblemDetail forStatus(HttpStatusCode status, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        String reason = status instanceof HttpStatus known ? known.getReasonPhrase() : "HTTP " + status.value();
        problem.setTitle(textOr("problem.http." + status.value(), reason, locale));
        problem.setDetail(messages.getMessage("problem.http." + status.value() + ".detail", null, null, locale));
        return problem;
    }

    /** The caller's language, as Spring MVC resolves it, also for a request that never reached Spring MVC. */
    public Locale localeOf(HttpServletRequest request) {
        return locales.resolveLocale(request);
    }

    /** Answers a request outside Spring MVC (a servlet filter) with a problem. */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String slug)
            throws IOException {
        write(request, response, problem(status, slug, localeOf(request)));
    }

    /** Answers a request outside Spring MVC with the given problem, at the problem's status. */
    public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        problem.setInstance(instanceOf(request));
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    /** The problem as the JSON it is sent as. */
    public String json(ProblemDetail problem) {
        return json.writeValueAsString(problem);
    }

    /** The request's path, or none where the request line held no valid one (a request the container refused). */
    public static URI instanceOf(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (path == null || path.isEmpty()) {
            return null;
        }
        try {
            return new URI(path);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
