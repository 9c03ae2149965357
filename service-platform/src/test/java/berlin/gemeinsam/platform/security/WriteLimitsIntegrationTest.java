package berlin.gemeinsam.platform.security;

import berlin.gemeinsam.platform.testapp.PlatformIntegrationTest;
import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.TestIssuer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits on writes of the test application: {@link WriteRateLimit} set to 3 a minute, {@link RequestSizeLimit} at
 * its default of 64 KiB.
 */
@PlatformIntegrationTest
class WriteLimitsIntegrationTest {

    private static final String IDEA = "{\"title\":\"Noch eine\",\"problem\":\"Immer mehr Ideen\"}";
    /** Over the default limit of 64 KiB. */
    private static final String HUGE_IDEA = "{\"title\":\"Groß\",\"problem\":\"" + "x".repeat(70_000) + "\"}";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    private HttpApi api;

    @BeforeEach
    void connect() {
        api = HttpApi.on(port);
    }

    private HttpApi asCitizen(String name) {
        return api.withToken(TestIssuer.get().citizen(name + "-" + System.nanoTime()));
    }

    private long storedIdeas() {
        return mongo.getCollection("idea").countDocuments();
    }

    @Test
    void aClientOverItsWriteLimitGets429WithRetryAfterAndNothingStoredWhileItsReadsAndOtherClientsGoOn() {
        HttpApi carla = asCitizen("carla");
        String id = null;
        for (int write = 0; write < 3; write++) {
            HttpApi.Response created = carla.post("/api/v1/ideas", IDEA);
            assertThat(created.status()).isEqualTo(201);
            id = created.field("id");
        }
        long stored = storedIdeas();

        HttpApi.Response limited = carla.post("/api/v1/ideas", IDEA);

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.contentType()).startsWith("application/problem+json");
        assertThat(limited.field("title")).isEqualTo("Zu viele Anfragen");
        assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
        assertThat(storedIdeas()).isEqualTo(stored);
        assertThat(carla.get("/api/v1/ideas/" + id).status()).isEqualTo(200);
        assertThat(asCitizen("dora").post("/api/v1/ideas", IDEA).status()).isEqualTo(201);
    }

    @Test
    void aBodyOverTheSizeLimitIs413AndStoresNothing() {
        long before = storedIdeas();

        HttpApi.Response answer = asCitizen("anna").inLanguage("en").post("/api/v1/ideas", HUGE_IDEA);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.field("status")).isEqualTo("413");
        assertThat(storedIdeas()).isEqualTo(before);
    }

    @Test
    void aBodyOverTheSizeLimitSentWithoutItsLengthIs413WhileReadingAndStoresNothing() throws Exception {
        long before = storedIdeas();
        HttpRequest chunked = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/ideas"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TestIssuer.get().citizen("ben-" + System.nanoTime()))
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(HUGE_IDEA.getBytes(StandardCharsets.UTF_8))))
                .build();

        HttpResponse<String> answer = HttpClient.newHttpClient().send(chunked, HttpResponse.BodyHandlers.ofString());

        assertThat(answer.request().headers().firstValue("Content-Length")).isEmpty();
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(storedIdeas()).isEqualTo(before);
    }
}
