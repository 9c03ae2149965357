package berlin.gemeinsam.platform.security;

import berlin.gemeinsam.platform.testapp.HeldWrites;
import berlin.gemeinsam.platform.testapp.PlatformIntegrationTest;
import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.TestIssuer;
import org.bson.Document;
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
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The limits on writes of the test application: {@link WriteRateLimit} set to 3 a minute, {@link RequestSizeLimit} at
 * its default of 64 KiB, {@link WriteAdmission} at two writes at once and 300 ms of waiting for room.
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

    @Autowired
    HeldWrites held;

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

    private long storedIdeas(String title) {
        return mongo.getCollection("idea").countDocuments(new Document("title", title));
    }

    @Test
    void aWriteFindingNoRoomWhileOthersAreAtWorkGets503WithRetryAfterAndNothingStoredThenWritesGoOn() {
        String slow = "Langsam " + System.nanoTime();
        String refused = "Abgewiesen " + System.nanoTime();
        held.hold(slow);
        List<CompletableFuture<HttpApi.Response>> atWork;
        HttpApi.Response answer;
        // a thread each: the common pool may have a single one on two cores, and each write blocks until let go
        ExecutorService writers = Executors.newFixedThreadPool(2);
        try {
            atWork = List.of("erika", "fritz").stream().map(name -> CompletableFuture.supplyAsync(() ->
                    asCitizen(name).post("/api/v1/ideas", idea(slow)), writers)).toList();
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                    .until(() -> held.arrived(slow) == 2);

            answer = asCitizen("gerda").post("/api/v1/ideas", idea(refused));
        } finally {
            held.letGo(slow);
            writers.shutdown();
        }

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.field("title")).isEqualTo("Dienst überlastet");
        assertThat(answer.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(storedIdeas(refused)).isZero();
        assertThat(atWork).allSatisfy(write -> assertThat(write.join().status()).isEqualTo(201));
        assertThat(storedIdeas(slow)).isEqualTo(2);
        assertThat(asCitizen("gerda").post("/api/v1/ideas", idea(refused)).status()).isEqualTo(201);
    }

    private static String idea(String title) {
        return "{\"title\":\"" + title + "\",\"problem\":\"Zu viel auf einmal\"}";
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
