package berlin.gemeinsam.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a browser sees of the site's security and language outside the local profile, with no service running: the
 * session cookie is Secure, HttpOnly and SameSite=Lax, signing in goes to the issuer with a PKCE challenge, a form
 * sent without its CSRF token is refused, and a page is German unless English is asked for, also when a service does
 * not answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gemeinsam.web.client-secret=test-secret",
        "gemeinsam.web.issuer-endpoints=http://issuer.gemeinsam.test",
        // nothing listens there: every call to a service fails to connect
        "gemeinsam.services.ideas=http://127.0.0.1:9",
        "gemeinsam.services.participation=http://127.0.0.1:9",
        "gemeinsam.services.notifications=http://127.0.0.1:9"})
class SiteSecurityTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void signingInGoesToTheIssuerWithPkceAndTheSessionCookieIsSecureHttpOnlyAndLax() {
        HttpResponse<String> page = get("/ideas/new");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/oauth2/authorization/gemeinsam");

        HttpResponse<String> signIn = get("/oauth2/authorization/gemeinsam");

        String issuer = signIn.headers().firstValue("Location").orElseThrow();
        assertThat(issuer).startsWith("http://issuer.gemeinsam.test/oauth2/authorize?response_type=code&client_id=web")
                .contains("code_challenge_method=S256").contains("code_challenge=").contains("scope=openid%20profile");
        List<String> cookies = signIn.headers().allValues("Set-Cookie");
        assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("GEMEINSAM_WEB_SESSION=")
                .contains("Secure").contains("HttpOnly").contains("SameSite=Lax"));
    }

    @Test
    void aFormSentWithoutItsCsrfTokenIsRefused() {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/ideas"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("title=x&problem=y")).build());

        assertThat(answer.statusCode()).isEqualTo(403);
    }

    @Test
    void aPageIsGermanUnlessEnglishIsAskedForAndSaysSoWhenAServiceDoesNotAnswer() {
        HttpResponse<String> german = get("/");
        assertThat(german.statusCode()).isEqualTo(503);
        assertThat(german.body()).contains("<html lang=\"de\">").contains("Ein Dienst antwortet gerade nicht")
                .contains("<a class=\"skip-link\" href=\"#main\">").contains("<main id=\"main\"")
                .doesNotContain("127.0.0.1:9");
        assertThat(german.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'self'");

        HttpResponse<String> english = get("/?lang=en");
        assertThat(english.body()).contains("<html lang=\"en\">").contains("A service does not answer right now");
        assertThat(english.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("gemeinsam-lang=en").contains("HttpOnly").contains("Secure"));
    }

    @Test
    void theScriptsOfTheLiveNotificationsAreServedByNameAndTheAccountPagesNeedSignIn() {
        assertThat(get("/webjars/htmx.org/dist/htmx.min.js").statusCode()).isEqualTo(200);
        assertThat(get("/webjars/htmx-ext-sse/sse.js").statusCode()).isEqualTo(200);

        for (String page : List.of("/notifications", "/notifications/stream", "/subscriptions", "/my-data")) {
            HttpResponse<String> answer = get(page);
            assertThat(answer.statusCode()).as(page).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/oauth2/authorization/gemeinsam");
        }
    }

    private HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
