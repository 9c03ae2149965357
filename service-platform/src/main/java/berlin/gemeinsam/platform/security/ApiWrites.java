package berlin.gemeinsam.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpMethod;

/**
 * Which requests count as writes to the API, for the filters that limit them: every call under {@code /api/} but
 * the reading ones. The management endpoints and pages are not the API.
 */
final class ApiWrites {

    private ApiWrites() {
    }

    static boolean isApiWrite(HttpServletRequest request) {
        String method = request.getMethod();
        return !HttpMethod.GET.matches(method) && !HttpMethod.HEAD.matches(method)
                && !HttpMethod.OPTIONS.matches(method) && request.getRequestURI().startsWith("/api/");
    }
}
