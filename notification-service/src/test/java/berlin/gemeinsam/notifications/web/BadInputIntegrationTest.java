package berlin.gemeinsam.notifications.web;

import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.KafkaTestClient;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Input at the edges: malformed ids and JSON are a 400 problem naming the field and store nothing; odd but valid
 * input (an id in upper case, a page beyond the last) is taken as meant.
 */
class BadInputIntegrationTest extends ServiceApiTest {

    private final String subscriber = "citizen-" + UUID.randomUUID();

    private HttpApi.Response follow(String json) {
        return asCitizen(subscriber).post("/api/v1/subscriptions", json);
    }

    private HttpApi.Response follow(String type, String id) {
        return follow("""
                {"subscriberId":"%s","target":{"type":"%s","id":"%s"}}""".formatted(subscriber, type, id));
    }

    private HttpApi.Response subscriptions(String query) {
        return asCitizen(subscriber).get("/api/v1/subscribers/" + subscriber + "/subscriptions" + query);
    }

    private static void assertRejected(HttpApi.Response answer, String field) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().path("errors").findValuesAsString("field")).as(answer.text()).containsExactly(field);
    }

    @Test
    void targetIdsMustHaveTheShapeOfTheIdsTheyName() {
        HttpApi.Response path = follow("IDEA", "../x");
        assertRejected(path, "target.id");
        assertThat(path.json().path("errors").get(0).path("message").asString()).isEqualTo("muss eine UUID sein");
        assertRejected(follow("IDEA", "\\u0000"), "target.id");
        assertRejected(follow("MEASURE", "../x"), "target.id");
        assertRejected(follow("MEASURE", UUID.randomUUID() + "x"), "target.id");
        assertRejected(follow("UNIT", "\\u0000"), "target.id");
        assertThat(asCitizen(subscriber).inLanguage("en").post("/api/v1/subscriptions", """
                {"subscriberId":"%s","target":{"type":"IDEA","id":"../x"}}""".formatted(subscriber))
                .json().path("errors").get(0).path("message").asString()).isEqualTo("must be a UUID");

        assertThat(subscriptions("").json().path("totalItems").asLong()).isZero();
    }

    @Test
    void anIdeaIdInUpperCaseIsFollowedByTheLowerCaseIdItsEventsName() {
        String idea = UUID.randomUUID().toString();

        HttpApi.Response followed = follow("IDEA", idea.toUpperCase(Locale.ROOT));

        assertThat(followed.status()).isEqualTo(201);
        assertThat(followed.json().path("target").path("id").asString()).isEqualTo(idea);
        assertThat(follow("IDEA", idea).status()).isEqualTo(200);
    }

    @Test
    void duplicatePropertiesNumbersForTextAndNumberedEnumsAreRejected() {
        String idea = UUID.randomUUID().toString();

        HttpApi.Response twice = follow("""
                {"subscriberId":"%s","target":{"type":"IDEA","id":"%s","id":"../x"}}""".formatted(subscriber, idea));
        assertRejected(twice, "target.id");
        assertThat(twice.json().path("errors").get(0).path("message").asString()).isEqualTo("kommt mehrfach vor");
        assertRejected(follow("""
                {"subscriberId":"%s","target":{"type":0,"id":"%s"}}""".formatted(subscriber, idea)), "target.type");
        assertRejected(follow("""
                {"subscriberId":12345,"target":{"type":"IDEA","id":"%s"}}""".formatted(idea)), "subscriberId");
        assertRejected(follow("""
                {"subscriberId":"\\u200B","target":{"type":"IDEA","id":"%s"}}""".formatted(idea)), "subscriberId");

        assertThat(subscriptions("").json().path("totalItems").asLong()).isZero();
    }

    @Test
    void aPageFarBeyondTheLastIsEmptyRatherThanTheFirst() {
        assertThat(follow("UNIT", "mitte").status()).isEqualTo(201);

        HttpApi.Response far = subscriptions("?page=2147483647&size=100");

        assertThat(far.status()).isEqualTo(200);
        assertThat(far.json().path("items")).isEmpty();
        assertThat(far.json().path("totalItems").asLong()).isEqualTo(1);
    }

    @Test
    void aPageOfTheFeedFarBeyondTheLastIsEmptyRatherThanTheFirst() {
        String idea = UUID.randomUUID().toString();
        assertThat(follow("IDEA", idea).status()).isEqualTo(201);
        String data = """
                {"ideaId":"%s","unit":"mitte","title":"Seite","problem":"Es gibt Einträge","proposal":null,
                 "category":"Stadtraum","publishedAt":"%s"}""".formatted(idea, Instant.now());
        KafkaTestClient.send("gemeinsam.mitte.ideas", idea, data.getBytes(StandardCharsets.UTF_8),
                KafkaTestClient.cloudEventHeaders(UUID.randomUUID().toString(), "/units/mitte/ideas-service",
                        "berlin.gemeinsam.idea.published.v1", idea, "mitte"));
        String feed = "/api/v1/subscribers/" + subscriber + "/notifications";
        await().atMost(Duration.ofSeconds(30))
                .until(() -> asCitizen(subscriber).get(feed).json().path("totalItems").asLong() == 1);

        HttpApi.Response far = asCitizen(subscriber).get(feed + "?page=2147483647&size=100");

        assertThat(far.status()).isEqualTo(200);
        assertThat(far.json().path("items")).isEmpty();
    }
}
