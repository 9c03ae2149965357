package berlin.gemeinsam.ideas.idea;

import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.KafkaTestClient;
import berlin.gemeinsam.testsupport.PublishedEvents;
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

import static org.assertj.core.api.Assertions.assertThat;

/** The lifecycle through the API: each transition answered, stored and emitted once; refused ones change nothing. */
class IdeaLifecycleIntegrationTest extends ServiceApiTest {

    private static final String IDEAS_TOPIC = "gemeinsam.mitte.ideas";

    @Autowired
    MongoTemplate mongo;

    private String submit(String author) {
        HttpApi.Response created = asCitizen(author).post("/api/v1/ideas",
                "{\"title\":\"Schattenbäume\",\"problem\":\"Der Platz ist im Sommer zu heiß\"}");
        assertThat(created.status()).isEqualTo(201);
        return created.field("id");
    }

    private String published(String author) {
        String id = submit(author);
        assertThat(asModerator("mitte").post("/api/v1/ideas/" + id + "/publish", "").status()).isEqualTo(200);
        return id;
    }

    /** The events of the idea of one type, waiting until {@code expected} arrived and a moment for repeats. */
    private static List<ConsumerRecord<String, String>> events(String id, String type, int expected) {
        return KafkaTestClient.read(IDEAS_TOPIC, record -> id.equals(record.key())
                && type.equals(KafkaTestClient.header(record, "ce_type")), expected, Duration.ofSeconds(20));
    }

    private static ConsumerRecord<String, String> theOnlyEvent(String id, String type) {
        List<ConsumerRecord<String, String>> events = events(id, type, 1);
        assertThat(events).hasSize(1);
        PublishedEvents.assertCloudEvent(events.get(0), type, "mitte", "ideas-service");
        return events.get(0);
    }

    private HttpApi.Response put(HttpApi caller, String id, String body) {
        return caller.send("PUT", "/api/v1/ideas/" + id, body, Map.of());
    }

    private List<String> auditedActions(String id) {
        return mongo.getCollection("audit_log").find(new Document("resourceId", id)).into(new ArrayList<>())
                .stream().map(entry -> entry.getString("action")).toList();
    }

    @Test
    void aModeratorRejectsASubmittedIdeaWithAReasonTheAuthorReads() {
        String id = submit("r-author");

        HttpApi.Response rejected = asModerator("mitte").post("/api/v1/ideas/" + id + "/reject",
                "{\"reason\":\"Dafür ist der Bezirk Pankow zuständig.\"}");

        assertThat(rejected.status()).as(rejected.text()).isEqualTo(200);
        assertThat(rejected.field("status")).isEqualTo("REJECTED");
        HttpApi.Response read = asCitizen("r-author").get("/api/v1/ideas/" + id);
        assertThat(read.field("rejectionReason")).isEqualTo("Dafür ist der Bezirk Pankow zuständig.");
        assertThat(read.field("closedAt")).isNotNull();
        assertThat(api.get("/api/v1/ideas/" + id).status()).isEqualTo(404);
        assertThat(theOnlyEvent(id, "berlin.gemeinsam.idea.rejected.v1").value())
                .contains("Dafür ist der Bezirk Pankow zuständig.");
        assertThat(auditedActions(id)).containsExactly("reject");
    }

    @Test
    void aRejectionWithoutReasonIsA400NamingItAndChangesNothing() {
        String id = submit("r-author");

        HttpApi.Response noReason = asModerator("mitte").post("/api/v1/ideas/" + id + "/reject", "{}");
        HttpApi.Response blank = asModerator("mitte").post("/api/v1/ideas/" + id + "/reject", "{\"reason\":\" \"}");

        for (HttpApi.Response refused : List.of(noReason, blank)) {
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.json().path("errors").findValuesAsString("field")).containsExactly("reason");
        }
        assertThat(asModerator("mitte").get("/api/v1/ideas/" + id).field("status")).isEqualTo("SUBMITTED");
        assertThat(auditedActions(id)).isEmpty();
    }

    @Test
    void anIllegalTransitionIsA409NamingTheCurrentStateAndTheAllowedChangesAndEmitsNothing() {
        String id = submit("r-author");

        HttpApi.Response shortlist = asModerator("mitte").post("/api/v1/ideas/" + id + "/shortlist", "");
        HttpApi.Response archive = asModerator("mitte").post("/api/v1/ideas/" + id + "/archive", "");

        for (HttpApi.Response refused : List.of(shortlist, archive)) {
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.field("currentState")).isEqualTo("SUBMITTED");
            assertThat(refused.json().path("allowedChanges").valueStream().map(node -> node.asString()).toList())
                    .containsExactly("publish", "reject", "withdraw", "edit", "merge");
        }
        asModerator("mitte").post("/api/v1/ideas/" + id + "/reject", "{\"reason\":\"Doppelt\"}");
        HttpApi.Response afterRejection = asModerator("mitte").post("/api/v1/ideas/" + id + "/publish", "");
        assertThat(afterRejection.status()).isEqualTo(409);
        assertThat(afterRejection.field("currentState")).isEqualTo("REJECTED");
        assertThat(afterRejection.json().path("allowedChanges")).isEmpty();
        // the rejection is the idea's only event: the refused changes emitted nothing before it
        List<ConsumerRecord<String, String>> all = KafkaTestClient.readUntil(IDEAS_TOPIC,
                record -> id.equals(record.key()), Duration.ofSeconds(20));
        assertThat(all).extracting(record -> KafkaTestClient.header(record, "ce_type"))
                .containsExactly("berlin.gemeinsam.idea.rejected.v1");
    }

    @Test
    void aPublishedIdeaIsShortlistedThenArchivedEachOnceAndAudited() {
        String id = published("s-author");

        HttpApi.Response shortlisted = asModerator("mitte").post("/api/v1/ideas/" + id + "/shortlist", "");
        assertThat(shortlisted.status()).isEqualTo(200);
        assertThat(shortlisted.field("status")).isEqualTo("SHORTLISTED");
        assertThat(api.get("/api/v1/ideas/" + id).field("status")).isEqualTo("SHORTLISTED");

        HttpApi.Response archived = asModerator("mitte").post("/api/v1/ideas/" + id + "/archive",
                "{\"reason\":\"Seit einem Jahr ohne Bewegung\"}");
        assertThat(archived.status()).isEqualTo(200);
        assertThat(archived.field("status")).isEqualTo("ARCHIVED");
        assertThat(api.get("/api/v1/ideas/" + id).field("status")).as("archived ideas stay readable")
                .isEqualTo("ARCHIVED");

        theOnlyEvent(id, "berlin.gemeinsam.idea.shortlisted.v1");
        assertThat(theOnlyEvent(id, "berlin.gemeinsam.idea.archived.v1").value())
                .contains("\"previousStatus\":\"SHORTLISTED\"").contains("Seit einem Jahr ohne Bewegung");
        assertThat(auditedActions(id)).containsExactlyInAnyOrder("publish", "shortlist", "archive");
    }

    @Test
    void theAuthorWithdrawsTheirPublishedIdeaWhichThenIsNoLongerPublic() {
        String id = published("w-author");

        HttpApi.Response withdrawn = asCitizen("w-author").post("/api/v1/ideas/" + id + "/withdraw", "");

        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.field("status")).isEqualTo("WITHDRAWN");
        assertThat(api.get("/api/v1/ideas/" + id).status()).isEqualTo(404);
        assertThat(asCitizen("w-author").get("/api/v1/ideas/" + id).field("status")).isEqualTo("WITHDRAWN");
        assertThat(theOnlyEvent(id, "berlin.gemeinsam.idea.withdrawn.v1").value())
                .contains("\"previousStatus\":\"PUBLISHED\"");
        assertThat(asCitizen("w-author").post("/api/v1/ideas/" + id + "/withdraw", "").status()).isEqualTo(409);
    }

    @Test
    void theAuthorEditsTheSubmittedIdeaAndAModeratorThePublishedOne() {
        String id = submit("e-author");

        HttpApi.Response byAuthor = put(asCitizen("e-author"), id, """
                {"title":"Schattenbäume am Leopoldplatz","problem":"Der Leopoldplatz ist im Sommer zu heiß.",
                 "category":"ENVIRONMENT_CLIMATE","principles":["RESILIENCE"],
                 "location":{"latitude":52.5466,"longitude":13.3597}}""");
        assertThat(byAuthor.status()).as(byAuthor.text()).isEqualTo(200);
        assertThat(byAuthor.field("title")).isEqualTo("Schattenbäume am Leopoldplatz");
        assertThat(byAuthor.field("category")).isEqualTo("ENVIRONMENT_CLIMATE");
        assertThat(byAuthor.field("status")).isEqualTo("SUBMITTED");
        assertThat(auditedActions(id)).isEmpty();

        asModerator("mitte").post("/api/v1/ideas/" + id + "/publish", "");
        HttpApi.Response tooLate = put(asCitizen("e-author"), id,
                "{\"title\":\"Noch einmal\",\"problem\":\"Zu spät\"}");
        assertThat(tooLate.status()).isEqualTo(409);
        assertThat(tooLate.field("currentState")).isEqualTo("PUBLISHED");
        assertThat(tooLate.json().path("allowedChanges").valueStream().map(node -> node.asString()).toList())
                .containsExactly("withdraw");

        HttpApi.Response byModerator = put(asModerator("mitte"), id, """
                {"title":"Schattenbäume am Leopoldplatz","problem":"Der Leopoldplatz ist im Sommer zu heiß.",
                 "category":"ENVIRONMENT_CLIMATE","language":"de"}""");
        assertThat(byModerator.status()).isEqualTo(200);
        assertThat(byModerator.json().path("location").isNull()).isTrue();
        assertThat(api.get("/api/v1/ideas/" + id).field("title")).isEqualTo("Schattenbäume am Leopoldplatz");
        assertThat(auditedActions(id)).containsExactlyInAnyOrder("publish", "edit");

        List<ConsumerRecord<String, String>> edits = events(id, "berlin.gemeinsam.idea.edited.v1", 2);
        assertThat(edits).hasSize(2);
        edits.forEach(edit -> PublishedEvents.assertCloudEvent(edit, "berlin.gemeinsam.idea.edited.v1", "mitte",
                "ideas-service"));
        assertThat(edits.get(0).value()).contains("\"status\":\"SUBMITTED\"").contains("\"latitude\":52.5466");
        assertThat(edits.get(1).value()).contains("\"status\":\"PUBLISHED\"").contains("\"latitude\":null");
    }

    @Test
    void anEditWithBadContentIsA400NamingTheFieldAndChangesNothing() {
        String id = submit("e-author");

        HttpApi.Response markup = put(asCitizen("e-author"), id, "{\"title\":\"<i>t</i>\",\"problem\":\"p\"}");
        HttpApi.Response outside = put(asCitizen("e-author"), id,
                "{\"title\":\"t\",\"problem\":\"p\",\"location\":{\"latitude\":48.1,\"longitude\":11.6}}");

        assertThat(markup.status()).isEqualTo(400);
        assertThat(markup.json().path("errors").findValuesAsString("field")).containsExactly("title");
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.json().path("errors").findValuesAsString("field")).containsExactly("location");
        assertThat(asCitizen("e-author").get("/api/v1/ideas/" + id).field("title")).isEqualTo("Schattenbäume");
        assertThat(put(asCitizen("e-author"), id, "{\"title\":\"Gültig\",\"problem\":\"p\"}").status())
                .isEqualTo(200);
        assertThat(events(id, "berlin.gemeinsam.idea.edited.v1", 1)).singleElement()
                .satisfies(edit -> assertThat(edit.value()).contains("\"title\":\"Gültig\""));
    }
}
