package berlin.gemeinsam.authserver;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What a developer or a resource server does against the issuer, over real HTTP. */
final class TokenHttp {

    static final String DEMO_SECRET = "demo-secret";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;

    TokenHttp(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** POST /oauth2/token with the client_credentials grant, authenticated with HTTP basic. */
    HttpResponse<String> requestToken(String clientId, String secret) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build());
    }

    /** The access token of a successful token request; fails the test otherwise. */
    String accessToken(String clientId) {
        HttpResponse<String> response = requestToken(clientId, DEMO_SECRET);
        if (response.statusCode() != 200) {
            throw new AssertionError("token request for " + clientId + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return json(response.body()).get("access_token").asString();
    }

    /**
     * A browser's sign-in through the login page for the web client, with a PKCE challenge (S256) unless
     * {@code verifier} is null: the answer of the authorization endpoint after the login, which sends the browser to
     * the redirect URI with a code or an error.
     */
    HttpResponse<String> signIn(String person, String password, String redirectUri, String verifier) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5)).build();
        String authorize = baseUrl + "/oauth2/authorize?response_type=code&client_id=web&scope=openid%20profile"
                + "&state=s1&redirect_uri=" + URLEncoder.encode(redirectUri, StandardCharsets.UTF_8)
                + (verifier == null ? "" : "&code_challenge_method=S256&code_challenge=" + challenge(verifier));
        HttpResponse<String> first = send(browser, HttpRequest.newBuilder(URI.create(authorize)).header("Accept", "text/html").GET().build());
        if (first.statusCode() != 302 || !first.headers().firstValue("Location").orElse("").endsWith("/login")) {
            return first;
        }
        HttpResponse<String> page = send(browser, HttpRequest.newBuilder(URI.create(baseUrl + "/login")).GET().build());
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        if (!csrf.find()) {
            throw new AssertionError("the login page has no CSRF token: " + page.body());
        }
        String form = "username=" + URLEncoder.encode(person, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
        HttpResponse<String> login = send(browser, HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        String next = login.headers().firstValue("Location").orElseThrow();
        if (next.contains("/login?error")) {
            return login;
        }
        return send(browser, HttpRequest.newBuilder(URI.create(next)).GET().build());
    }

    /** POST /oauth2/token exchanging a code as the web client, with the PKCE verifier. */
    HttpResponse<String> exchange(String code, String redirectUri, String verifier) {
        String basic = Base64.getEncoder().encodeToString(("web:" + DEMO_SECRET).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&code=" + code
                        + "&redirect_uri=" + URLEncoder.encode(redirectUri, StandardCharsets.UTF_8)
                        + "&code_verifier=" + verifier))
                .build());
    }

    private static String challenge(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    String getHtml(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build());
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode());
        }
        return response.body();
    }

    JsonNode getJson(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build());
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return json(response.body());
    }

    /** Verifies like a service of the suite: RS256 only, keys from the served JWKS, issuer and expiry checked. */
    Jwt verify(String token, String expectedIssuer) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(baseUrl + "/oauth2/jwks")
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(expectedIssuer));
        return decoder.decode(token);
    }

    static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        return send(HTTP, request);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("HTTP request to " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling " + request.uri(), e);
        }
    }
}
