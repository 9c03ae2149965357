package berlin.gemeinsam.web.layout.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

import berlin.gemeinsam.web.services.application.ServiceProblem;
import berlin.gemeinsam.web.services.application.Viewer;

/**
 * What every page's frame needs (language, the page's own path for the language switch, who is signed in, the unit),
 * and the page a service's refusal becomes: its status and its message in the reader's language, never its JSON.
 */
@ControllerAdvice
class PageAdvice {

    private static final Logger log = LoggerFactory.getLogger(PageAdvice.class);

    private final String unit;

    PageAdvice(@Value("${gemeinsam.unit}") String unit) {
        this.unit = unit;
    }

    @ModelAttribute("lang")
    String language(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "en" : "de";
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    @ModelAttribute("viewer")
    Viewer viewer(@AuthenticationPrincipal OidcUser user) {
        return Viewers.of(user).orElse(null);
    }

    @ModelAttribute("unit")
    String unit() {
        return unit;
    }

    @ModelAttribute("dates")
    Dates dates(Locale locale) {
        return new Dates(locale);
    }

    @ExceptionHandler(ServiceProblem.class)
    String problem(ServiceProblem problem, HttpServletResponse response, Model model, HttpServletRequest request,
                   @AuthenticationPrincipal OidcUser user, Locale locale) {
        log.info("{} {}: a service answered {}", request.getMethod(), request.getRequestURI(), problem.getMessage());
        // a service's own failure is a bad gateway here; its refusals (404, 403, 409) and its absence (503) stay
        response.setStatus(problem.status() >= 500 && problem.status() != 503 ? 502 : problem.status());
        model.addAttribute("problem", problem);
        model.addAttribute("lang", language(locale));
        model.addAttribute("currentPath", currentPath(request));
        model.addAttribute("viewer", viewer(user));
        model.addAttribute("unit", unit);
        return "problem";
    }
}
