package berlin.gemeinsam.platform.security;

import berlin.gemeinsam.platform.problems.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

import java.io.IOException;

/**
 * The 401 of a request without a usable token: a problem, and the challenge of RFC 6750 §3 saying that a bearer
 * token is needed and, when one was presented and rejected, that it was invalid (without saying why: the reason
 * stays in the service's log).
 */
public final class BearerChallenge implements AuthenticationEntryPoint {

    /** The challenge for a request that presented no token. */
    public static final String NO_TOKEN = "Bearer";
    static final String INVALID_TOKEN = "Bearer error=\"invalid_token\"";

    private final Problems problems;

    BearerChallenge(Problems problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
                         AuthenticationException failure) throws IOException {
        boolean tokenRejected = failure instanceof OAuth2AuthenticationException;
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, tokenRejected ? INVALID_TOKEN : NO_TOKEN);
        problems.write(request, response, HttpStatus.UNAUTHORIZED, "unauthorized");
    }
}
