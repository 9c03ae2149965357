package berlin.gemeinsam.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
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

    /** Answers a request outside Spring MVC (a servlet filter) with a problem. */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String slug)
            throws IOException {
        ProblemDetail problem = problem(status, slug, locales.resolveLocale(request));
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
