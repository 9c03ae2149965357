package berlin.gemeinsam.ideas.idea;

import berlin.gemeinsam.testsupport.EventSchemas;
import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.KafkaTestClient;
import berlin.gemeinsam.testsupport.PublishedEvents;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /api/v1/ideas/{id}/merge: a moderator merges a duplicate into the surviving idea. */
class IdeaMergeIntegrationTest extends ServiceApiTest {

    private static final String IDEAS_TOPIC = "gemeinsam.mitte.ideas";
    private static final String MERGED = "berlin.gemeinsam.idea.merged.v1";
    private static final String DECLINED = "berlin.gemeinsam.idea.adoption-declined.v2";

    @Autowired
    MongoTemplate mongo;

    private String submitted(String title) {
        HttpApi.Response created = asCitizen("m-author").post("/api/v1/ideas",
                "{\"title\":\"" + title + "\",\"problem\":\"Am Ufer fehlen Sitzplätze\"}");
        assertThat(created.status()).isEqualTo(201);
        return created.field("id");
    }

    private String published(String title) {
        String id = submitted(title);
        assertThat(asModerator("mitte").post("/api/v1/ideas/" + id + "/publish", "").status()).isEqualTo(200);
        return id;
    }

    private HttpApi.Response merge(HttpApi caller, String id, String into) {
        return caller.post("/api/v1/ideas/" + id + "/merge", "{\"into\":\"" + into + "\"}");
    }

    private static List<ConsumerRecord<String, String>> events(String id, String type, Duration wait) {
        return KafkaTestClient.readUntil(IDEAS_TOPIC, record -> id.equals(record.key())
                && type.equals(KafkaTestClient.header(record, "ce_type")), wait);
    }

    private List<String> auditedActions(String id) {
        return mongo.getCollection("audit_log").find(new Document("resourceId", id)).into(new ArrayList<>())
                .stream().map(entry -> entry.getString("action")).toList();
    }

    private Document stored(String id) {
        return mongo.getCollection("idea").find(new Document("_id", id)).first();
    }

    @Test
    void aModeratorMergesADuplicateWhichPointsToTheSurvivorAndBothKeepItInTheirHistory() {
        String survivor = published("Bänke am Spreeufer");
        String duplicate = published("Sitzplätze an der Spree");

        HttpApi.Response merged = merge(asModerator("mitte"), duplicate, survivor);

        assertThat(merged.status()).as(merged.text()).isEqualTo(200);
        assertThat(merged.field("status")).isEqualTo("MERGED");
        assertThat(merged.field("mergedInto")).isEqualTo(survivor);
        assertThat(merged.field("closedAt")).isNotNull();
        HttpApi.Response read = api.get("/api/v1/ideas/" + duplicate);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.field("status")).isEqualTo("MERGED");
        assertThat(read.headers().firstValue("Link"))
                .contains("</api/v1/ideas/" + survivor + ">; rel=\"canonical\"");
        assertThat(api.get("/api/v1/ideas/" + survivor).headers().firstValue("Link")).isEmpty();
        JsonNode duplicateHistory = api.get("/api/v1/ideas/" + duplicate + "/history").json().path("entries");
        assertThat(duplicateHistory.findValuesAsString("change")).containsExactly("submit", "publish", "merge");
        assertThat(duplicateHistory.get(2).path("to").asString()).isEqualTo("MERGED");
        assertThat(duplicateHistory.get(2).path("by").path("role").asString()).isEqualTo("MODERATOR");
        JsonNode survivorHistory = api.get("/api/v1/ideas/" + survivor + "/history").json().path("entries");
        assertThat(survivorHistory.findValuesAsString("change")).containsExactly("submit", "publish", "absorb");
        assertThat(survivorHistory.get(2).path("reason").asString()).isEqualTo("absorbed " + duplicate);
        assertThat(survivorHistory.get(2).path("to").asString()).isEqualTo("PUBLISHED");

        List<ConsumerRecord<String, String>> events = events(duplicate, MERGED, Duration.ofSeconds(20));
        assertThat(events).hasSize(1);
        PublishedEvents.assertCloudEvent(events.get(0), MERGED, "mitte", "ideas-service");
        JsonNode data = JsonMapper.shared().readTree(events.get(0).value());
        assertThat(data.path("survivingIdeaId").asString()).isEqualTo(survivor);
        assertThat(data.path("previousState").asString()).isEqualTo("PUBLISHED");
        assertThat(data.path("title").asString()).isEqualTo("Sitzplätze an der Spree");
        assertThat(auditedActions(duplicate)).containsExactly("publish", "merge");
    }

    private HttpApi as(String caller) {
        return switch (caller) {
            case "anonymous" -> api;
            case "citizen" -> asCitizen("m-author");
            case "moderator mitte" -> asModerator("mitte");
            case "moderator pankow" -> asModerator("pankow");
            case "unit admin mitte" -> asUnitAdmin("mitte");
            case "central office" -> asCentralOffice();
            default -> throw new IllegalArgumentException(caller);
        };
    }

    /** Submitted ideas, so that the matrix costs the moderator no more writes than the merge. */
    @ParameterizedTest(name = "{0} merges: {1}")
    @CsvSource({"anonymous, 401", "citizen, 403", "moderator mitte, 200", "moderator pankow, 403",
            "unit admin mitte, 403", "central office, 403"})
    void onlyModeratorsOfTheUnitMergeAndTheyAreAudited(String caller, int expected) {
        String survivor = submitted("Spielplatz im Park");
        String duplicate = submitted("Spielgeräte im Park");

        assertThat(merge(as(caller), duplicate, survivor).status()).isEqualTo(expected);

        String status = asModerator("mitte").get("/api/v1/ideas/" + duplicate).field("status");
        assertThat(status).isEqualTo(expected == 200 ? "MERGED" : "SUBMITTED");
        assertThat(auditedActions(duplicate)).isEqualTo(expected == 200 ? List.of("merge") : List.of());
    }

    @Test
    void mergingAgainIntoTheSameSurvivorAnswersTheMergedIdeaAndChangesNothing() {
        String survivor = published("Radweg Torstraße");
        String duplicate = submitted("Radstreifen Torstraße");
        assertThat(merge(asModerator("mitte"), duplicate, survivor).status()).isEqualTo(200);
        long version = stored(duplicate).get("version", Number.class).longValue();

        HttpApi.Response again = merge(asModerator("mitte"), duplicate, survivor);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.field("mergedInto")).isEqualTo(survivor);
        assertThat(stored(duplicate).get("version", Number.class).longValue()).isEqualTo(version);
        assertThat(stored(survivor).getList("history", Document.class))
                .filteredOn(entry -> "absorb".equals(entry.getString("change"))).hasSize(1);
        assertThat(events(duplicate, MERGED, Duration.ofSeconds(10))).hasSize(1);
        // a submitted duplicate stays as unpublic as it was
        assertThat(api.get("/api/v1/ideas/" + duplicate).status()).isEqualTo(404);
        assertThat(asCitizen("m-author").get("/api/v1/ideas/" + duplicate).field("status")).isEqualTo("MERGED");
    }

    @Test
    void refusedMergesNameTheProblemAndChangeNothing() {
        String survivor = published("Trinkbrunnen");
        String duplicate = published("Wasserspender");
        String rejected = submitted("Werbung");
        asModerator("mitte").post("/api/v1/ideas/" + rejected + "/reject", "{\"reason\":\"Werbung\"}");
        String unpublished = submitted("Noch nicht veröffentlicht");

        assertThat(merge(asCitizen("m-author"), duplicate, survivor).status()).isEqualTo(403);
        assertThat(merge(asModerator("pankow"), duplicate, survivor).status()).isEqualTo(403);

        HttpApi.Response notAnId = merge(asModerator("mitte"), duplicate, "trinkbrunnen");
        assertThat(notAnId.status()).isEqualTo(400);
        assertThat(notAnId.json().path("errors").findValuesAsString("field")).containsExactly("into");
        HttpApi.Response missing = asModerator("mitte").post("/api/v1/ideas/" + duplicate + "/merge", "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("errors").findValuesAsString("field")).containsExactly("into");

        String unknownId = UUID.randomUUID().toString();
        HttpApi.Response unknown = merge(asModerator("mitte"), duplicate, unknownId);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().path("errors").findValuesAsString("field")).containsExactly("into");
        assertThat(unknown.field("detail")).isEqualTo("Idee " + unknownId + " gibt es hier nicht.");

        HttpApi.Response itself = merge(asModerator("mitte"), duplicate, duplicate);
        assertThat(itself.status()).isEqualTo(409);
        HttpApi.Response intoRejected = merge(asModerator("mitte"), duplicate, rejected);
        assertThat(intoRejected.status()).isEqualTo(409);
        assertThat(intoRejected.field("currentState")).isEqualTo("REJECTED");
        HttpApi.Response intoUnpublished = merge(asModerator("mitte").inLanguage("en"), duplicate, unpublished);
        assertThat(intoUnpublished.status()).isEqualTo(409);
        assertThat(intoUnpublished.field("currentState")).isEqualTo("SUBMITTED");
        assertThat(intoUnpublished.field("detail")).startsWith("Surviving idea in state SUBMITTED");
        HttpApi.Response ofRejected = merge(asModerator("mitte"), rejected, survivor);
        assertThat(ofRejected.status()).isEqualTo(409);
        assertThat(ofRejected.field("currentState")).isEqualTo("REJECTED");
        assertThat(ofRejected.json().path("allowedChanges")).isEmpty();

        assertThat(api.get("/api/v1/ideas/" + duplicate).field("status")).isEqualTo("PUBLISHED");
        assertThat(stored(survivor).getList("history", Document.class))
                .noneMatch(entry -> "absorb".equals(entry.getString("change")));
        assertThat(auditedActions(duplicate)).containsExactly("publish");
        assertThat(events(duplicate, MERGED, Duration.ofSeconds(5))).isEmpty();
    }

    @Test
    void aMeasureProposedFromAMergedIdeaIsDeclinedNamingTheMergedState() {
        String survivor = published("Schattenbäume");
        String duplicate = published("Bäume für Schatten");
        merge(asModerator("mitte"), duplicate, survivor);
        String measureId = UUID.randomUUID().toString();
        String data = """
                {"measureId":"%s","unit":"pankow","title":"Bäume","goal":"Schatten","type":"NETWORK",
                 "sourceIdeaId":"%s","proposedAt":"2026-12-01T10:00:00Z"}""".formatted(measureId, duplicate);

        KafkaTestClient.send("gemeinsam.pankow.measures", measureId, data.getBytes(StandardCharsets.UTF_8),
                KafkaTestClient.cloudEventHeaders(UUID.randomUUID().toString(), "/units/pankow/measures-service",
                        "berlin.gemeinsam.measure.proposed.v1", measureId, "pankow"));

        List<ConsumerRecord<String, String>> declined = events(duplicate, DECLINED, Duration.ofSeconds(30));
        assertThat(declined).hasSize(1);
        PublishedEvents.assertCloudEvent(declined.get(0), DECLINED, "mitte", "ideas-service");
        JsonNode answer = JsonMapper.shared().readTree(declined.get(0).value());
        assertThat(answer.path("currentState").asString()).isEqualTo("MERGED");
        assertThat(answer.path("reason").asString()).isEqualTo("NOT_PUBLISHED");
        assertThat(EventSchemas.violations("berlin.gemeinsam.idea.adoption-declined.v1", declined.get(0).value()))
                .isNotEmpty();
        assertThat(api.get("/api/v1/ideas/" + duplicate).field("status")).isEqualTo("MERGED");
    }
}
