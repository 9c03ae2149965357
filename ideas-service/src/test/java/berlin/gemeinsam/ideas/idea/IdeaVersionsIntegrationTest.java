package berlin.gemeinsam.ideas.idea;

import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.KafkaTestClient;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** ETag on every idea, If-Match on its changes: a change meant for an older version is refused, never overwrites. */
class IdeaVersionsIntegrationTest extends ServiceApiTest {

    private static final String IDEAS_TOPIC = "gemeinsam.mitte.ideas";

    @Autowired
    MongoTemplate mongo;

    private String submit(String author) {
        HttpApi.Response created = asCitizen(author).post("/api/v1/ideas",
                "{\"title\":\"Schattenbäume\",\"problem\":\"Der Platz ist im Sommer zu heiß\"}");
        assertThat(created.status()).isEqualTo(201);
        return created.field("id");
    }

    private static String etag(HttpApi.Response response) {
        return response.headers().firstValue("ETag").orElse(null);
    }

    private static HttpApi.Response post(HttpApi caller, String path, String body, String ifMatch) {
        return caller.send("POST", path, body, Map.of("If-Match", ifMatch));
    }

    private static HttpApi.Response put(HttpApi caller, String id, String body, String ifMatch) {
        return caller.send("PUT", "/api/v1/ideas/" + id, body, Map.of("If-Match", ifMatch));
    }

    private List<String> auditedActions(String id) {
        return mongo.getCollection("audit_log").find(new Document("resourceId", id)).into(new ArrayList<>())
                .stream().map(entry -> entry.getString("action")).toList();
    }

    /** The types of the idea's events, waiting until {@code expected} arrived and a moment for more. */
    private static List<String> eventTypes(String id, int expected) {
        return KafkaTestClient.read(IDEAS_TOPIC, record -> id.equals(record.key()), expected, Duration.ofSeconds(20))
                .stream().map(record -> KafkaTestClient.header(record, "ce_type")).toList();
    }

    @Test
    void everyAnswerWithOneIdeaCarriesItsStoredVersionAsETagAndAChangeForItSucceeds() {
        String id = submit("v-author");
        HttpApi.Response read = asModerator("mitte").get("/api/v1/ideas/" + id);
        assertThat(etag(read)).isEqualTo("\"0\"");

        HttpApi.Response published = post(asModerator("mitte"), "/api/v1/ideas/" + id + "/publish", null, etag(read));

        assertThat(published.status()).as(published.text()).isEqualTo(200);
        assertThat(published.field("status")).isEqualTo("PUBLISHED");
        assertThat(etag(published)).isEqualTo("\"1\"");
        assertThat(etag(api.get("/api/v1/ideas/" + id))).isEqualTo("\"1\"");
        HttpApi.Response shortlisted = post(asModerator("mitte"), "/api/v1/ideas/" + id + "/shortlist", null, "\"1\"");
        assertThat(shortlisted.status()).isEqualTo(200);
        assertThat(etag(shortlisted)).isEqualTo("\"2\"");
        assertThat(post(asModerator("mitte"), "/api/v1/ideas/" + id + "/archive", null, "*").status()).isEqualTo(200);
    }

    @Test
    void aModeratorChangeForAVersionChangedSinceIsA412WithTheCurrentETagAndChangesNothing() {
        String id = submit("v-author");
        String readByModerator = etag(asModerator("mitte").get("/api/v1/ideas/" + id));
        HttpApi.Response edited = put(asCitizen("v-author"), id,
                "{\"title\":\"Schattenbäume am Platz\",\"problem\":\"Heiß\"}", readByModerator);
        assertThat(edited.status()).isEqualTo(200);
        assertThat(etag(edited)).isEqualTo("\"1\"");

        HttpApi.Response stale = post(asModerator("mitte"), "/api/v1/ideas/" + id + "/publish", null, readByModerator);
        HttpApi.Response staleInEnglish = post(asModerator("mitte").inLanguage("en"),
                "/api/v1/ideas/" + id + "/reject", "{\"reason\":\"Doppelt\"}", readByModerator);

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.field("title")).isEqualTo("Veraltete Version");
        assertThat(stale.field("type")).isEqualTo("https://gemeinsam.berlin/problems/stale-version");
        assertThat(etag(stale)).isEqualTo("\"1\"");
        assertThat(staleInEnglish.status()).isEqualTo(412);
        assertThat(staleInEnglish.field("title")).isEqualTo("Outdated version");
        HttpApi.Response now = asModerator("mitte").get("/api/v1/ideas/" + id);
        assertThat(now.field("status")).isEqualTo("SUBMITTED");
        assertThat(now.field("title")).isEqualTo("Schattenbäume am Platz");
        assertThat(auditedActions(id)).isEmpty();

        HttpApi.Response current = post(asModerator("mitte"), "/api/v1/ideas/" + id + "/publish", null, etag(now));
        assertThat(current.status()).isEqualTo(200);
        // the refused changes emitted nothing: the edit and the publication (v1 and v2) are the idea's only events
        assertThat(eventTypes(id, 3)).containsExactly("berlin.gemeinsam.idea.edited.v1",
                "berlin.gemeinsam.idea.published.v1", "berlin.gemeinsam.idea.published.v2");
        assertThat(auditedActions(id)).containsExactly("publish");
    }

    @Test
    void theAuthorsChangesTakeIfMatchToo() {
        String id = submit("v-author");

        HttpApi.Response stale = put(asCitizen("v-author"), id, "{\"title\":\"Neu\",\"problem\":\"Heiß\"}", "\"7\"");
        HttpApi.Response staleWithdrawal = post(asCitizen("v-author"), "/api/v1/ideas/" + id + "/withdraw", null,
                "\"7\"");
        HttpApi.Response weak = post(asCitizen("v-author"), "/api/v1/ideas/" + id + "/withdraw", null, "W/\"0\"");

        assertThat(stale.status()).isEqualTo(412);
        assertThat(staleWithdrawal.status()).isEqualTo(412);
        assertThat(weak.status()).as("If-Match compares strongly").isEqualTo(412);
        HttpApi.Response withdrawn = post(asCitizen("v-author"), "/api/v1/ideas/" + id + "/withdraw", null,
                "\"3\", \"0\"");
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.field("status")).isEqualTo("WITHDRAWN");
    }

    @Test
    void aMalformedIfMatchIsA400NamingTheHeader() {
        String id = submit("v-author");

        HttpApi.Response malformed = post(asModerator("mitte"), "/api/v1/ideas/" + id + "/publish", null, "0");

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().path("errors").findValuesAsString("field")).containsExactly("If-Match");
        assertThat(asModerator("mitte").get("/api/v1/ideas/" + id).field("status")).isEqualTo("SUBMITTED");
    }

    /**
     * Two moderators edit what they both read at the same time: whichever the store takes first wins, the other is
     * told that the idea changed, whether its read came before the winner's write or after it.
     */
    @Test
    void ofTwoChangesForTheSameVersionAtOnceOneWinsAndTheOtherIsA412() throws Exception {
        String id = submit("v-author");
        String read = etag(asModerator("mitte").get("/api/v1/ideas/" + id));
        CyclicBarrier together = new CyclicBarrier(2);
        List<Callable<HttpApi.Response>> edits = new ArrayList<>();
        for (String title : List.of("Fassung A", "Fassung B")) {
            edits.add(() -> {
                together.await();
                return put(asModerator("mitte"), id, "{\"title\":\"" + title + "\",\"problem\":\"Heiß\"}", read);
            });
        }

        List<HttpApi.Response> answers = new ArrayList<>();
        ExecutorService moderators = Executors.newFixedThreadPool(2);
        try {
            for (Future<HttpApi.Response> answer : moderators.invokeAll(edits)) {
                answers.add(answer.get());
            }
        } finally {
            moderators.shutdown();
        }

        assertThat(answers).extracting(HttpApi.Response::status).containsExactlyInAnyOrder(200, 412);
        HttpApi.Response winner = answers.stream().filter(answer -> answer.status() == 200).findFirst().orElseThrow();
        HttpApi.Response stored = asModerator("mitte").get("/api/v1/ideas/" + id);
        assertThat(stored.field("title")).isEqualTo(winner.field("title"));
        assertThat(etag(stored)).isEqualTo("\"1\"");
        List<ConsumerRecord<String, String>> edited = KafkaTestClient.read(IDEAS_TOPIC,
                record -> id.equals(record.key())
                        && "berlin.gemeinsam.idea.edited.v1".equals(KafkaTestClient.header(record, "ce_type")),
                2, Duration.ofSeconds(10));
        assertThat(edited).singleElement()
                .satisfies(event -> assertThat(event.value()).contains(winner.field("title")));
        assertThat(auditedActions(id)).containsExactly("edit");
    }
}
