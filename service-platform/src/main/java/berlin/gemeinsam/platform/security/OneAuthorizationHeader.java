package berlin.gemeinsam.platform.security;

import berlin.gemeinsam.platform.problems.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Enumeration;

/**
 * Refuses a request with more than one {@code Authorization} header with 400, before authentication: the token
 * resolver would read only the first, so which caller the request speaks for would depend on header order.
 */
class OneAuthorizationHeader extends OncePerRequestFilter {

    private final Problems problems;

    OneAuthorizationHeader(Problems problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Enumeration<String> authorizations = request.getHeaders(HttpHeaders.AUTHORIZATION);
        if (authorizations != null && authorizations.hasMoreElements()) {
            authorizations.nextElement();
            if (authorizations.hasMoreElements()) {
                problems.write(request, response, HttpStatus.BAD_REQUEST, "ambiguous-credentials");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
