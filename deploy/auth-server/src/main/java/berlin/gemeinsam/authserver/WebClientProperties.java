package berlin.gemeinsam.authserver;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The browser-facing client of the suite, the {@code web} module: it signs people in with the authorization-code
 * grant and PKCE and keeps their tokens in its server-side session.
 *
 * @param clientId               its client id
 * @param redirectUris           where the issuer may send a browser back with a code, one per {@code web} instance
 * @param postLogoutRedirectUris where the issuer may send a browser after signing out
 */
@ConfigurationProperties("gemeinsam.auth-server.web-client")
public record WebClientProperties(String clientId, List<String> redirectUris, List<String> postLogoutRedirectUris) {

    public WebClientProperties {
        if (clientId == null || clientId.isBlank()) {
            throw new IllegalArgumentException("gemeinsam.auth-server.web-client.client-id must be set");
        }
        if (redirectUris == null || redirectUris.isEmpty()) {
            throw new IllegalArgumentException("gemeinsam.auth-server.web-client.redirect-uris must list at least one URI");
        }
        redirectUris = List.copyOf(redirectUris);
        postLogoutRedirectUris = postLogoutRedirectUris == null ? List.of() : List.copyOf(postLogoutRedirectUris);
    }
}
