package berlin.gemeinsam.notifications.web;

import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.RawHttp;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The errors of the shared web plumbing, as this service answers them. */
class ProtocolErrorsIntegrationTest extends ServiceApiTest {

    @LocalServerPort
    int port;

    @Test
    void readingAFeedWithoutATokenIsA401ThatAsksForABearerToken() {
        HttpApi.Response feed = api.get("/api/v1/subscribers/anna/notifications");
        HttpApi.Response stream = api.send("GET", "/api/v1/subscribers/anna/notifications/stream", null,
                Map.of("Accept", "text/event-stream"));

        assertThat(feed.status()).isEqualTo(401);
        assertThat(feed.contentType()).startsWith("application/problem+json");
        assertThat(feed.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(stream.status()).isEqualTo(401);
        assertThat(stream.contentType()).startsWith("application/problem+json");
        assertThat(stream.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    }

    @Test
    void aRejectedPathAndAMalformedRequestLineAreProblemsInTheCallersLanguage() {
        RawHttp.Response rejectedPath = RawHttp.exchange(port, "GET /api/v1/subscriptions;x=1 HTTP/1.1",
                List.of("Accept-Language: en"), null);
        RawHttp.Response malformed = RawHttp.exchange(port, "GET /api/v1/subscriptions/{id} HTTP/1.1",
                List.of(), null);

        assertThat(rejectedPath.status()).isEqualTo(400);
        assertThat(rejectedPath.header("Content-Type")).startsWith("application/problem+json");
        assertThat(JsonMapper.shared().readTree(rejectedPath.body()).path("title").asString())
                .isEqualTo("Bad request");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.header("Content-Type")).startsWith("application/problem+json");
        assertThat(JsonMapper.shared().readTree(malformed.body()).path("title").asString())
                .isEqualTo("Fehlerhafte Anfrage");
    }
}
