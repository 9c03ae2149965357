package berlin.gemeinsam.participation.privacy;

import berlin.gemeinsam.participation.PankowIdeas;
import berlin.gemeinsam.participation.privacy.domain.ParticipantErasure;
import berlin.gemeinsam.testsupport.EventSchemas;
import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.KafkaTestClient;
import berlin.gemeinsam.testsupport.PublishedEvents;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A participant's export and erasure through the API, against the real store and broker. */
class ParticipantPrivacyIntegrationTest extends ServiceApiTest {

    private static final String ERASED = "berlin.gemeinsam.participant.erased.v1";
    private static final List<String> COLLECTIONS = List.of("support", "comment", "consultationFeedback",
            "registration", "dialogFormat", "participantErasure", "participant_references", "multiplierContact");

    @Autowired
    MongoTemplate mongo;

    private String scheduledFormat() {
        ZonedDateTime start = ZonedDateTime.now(ZoneId.of("Europe/Berlin")).plusDays(10).withHour(18)
                .truncatedTo(ChronoUnit.HOURS);
        HttpApi.Response scheduled = asUnitAdmin("mitte").post("/api/v1/formats", """
                {"title":"Kiezwerkstatt","description":"Ideen für den Kiez","format":"WORKSHOP",
                 "start":"%s","end":"%s","place":"Rathaus Mitte","capacity":1,"registrationDeadline":"%s",
                 "helixGroups":["PUBLIC"]}""".formatted(start.toOffsetDateTime(),
                start.plusHours(2).toOffsetDateTime(), start.minusDays(1).toOffsetDateTime()));
        assertThat(scheduled.status()).as(scheduled.text()).isEqualTo(201);
        return scheduled.field("id");
    }

    private void assertNothingInTheStoreNames(String participant) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            for (String collection : COLLECTIONS) {
                for (Document document : mongo.getCollection(collection).find()) {
                    assertThat(document.toJson()).as(collection).doesNotContain(participant);
                }
            }
        });
    }

    @Test
    void theParticipantExportsEverythingHeldAboutThemAndErasesItWhileTheAnonymousCountsStay() {
        String anna = "p-" + UUID.randomUUID();
        String ideaId = PankowIdeas.published(api);
        String measureId = UUID.randomUUID().toString();
        String formatId = scheduledFormat();
        HttpApi as = asCitizen(anna);

        assertThat(as.post("/api/v1/ideas/" + ideaId + "/supports",
                "{\"participantId\":\"" + anna + "\",\"helixGroup\":\"SCIENCE\"}").status()).isEqualTo(201);
        String annasComment = as.post("/api/v1/ideas/" + ideaId + "/comments", "{\"text\":\"Annas Gedanke\"}")
                .field("id");
        String bensReply = asCitizen("p-ben").post("/api/v1/comments/" + annasComment + "/replies",
                "{\"text\":\"Bens Antwort\"}").field("id");
        assertThat(as.post("/api/v1/comments/" + bensReply + "/reports", "{\"reason\":\"Annas Grund\"}").status())
                .isEqualTo(204);
        asUnitAdmin("mitte").post("/api/v1/measures/" + measureId + "/consultation/open", "");
        assertThat(as.send("PUT", "/api/v1/measures/" + measureId + "/consultation/feedback",
                "{\"helixGroup\":\"SCIENCE\",\"answer\":\"PARTLY\",\"text\":\"Annas Rückmeldung\"}", Map.of())
                .status()).isEqualTo(201);
        assertThat(as.post("/api/v1/formats/" + formatId + "/registrations", "{\"helixGroup\":\"PUBLIC\"}")
                .status()).isEqualTo(201);
        assertThat(asCitizen("p-ben").post("/api/v1/formats/" + formatId + "/registrations",
                "{\"helixGroup\":\"PUBLIC\"}").field("status")).isEqualTo("WAITLISTED");

        HttpApi.Response export = as.get("/api/v1/participants/" + anna + "/export");
        assertThat(export.status()).isEqualTo(200);
        JsonNode data = export.json().path("data");
        assertThat(data.path("supports").get(0).path("ideaId").asString()).isEqualTo(ideaId);
        assertThat(data.path("supports").get(0).path("followRequested").asBoolean()).isTrue();
        assertThat(data.path("comments")).hasSize(2);
        assertThat(data.path("comments").toString()).contains("Annas Gedanke", "Annas Grund")
                .doesNotContain("Bens Antwort", "p-ben");
        assertThat(data.path("consultationFeedback").get(0).path("text").asString()).isEqualTo("Annas Rückmeldung");
        assertThat(data.path("registrations").get(0).path("status").asString()).isEqualTo("REGISTERED");
        assertThat(data.path("reportReference")).hasSize(1);
        assertThat(asCitizen("p-ben").get("/api/v1/participants/" + anna + "/export").status()).isEqualTo(404);
        assertThat(asModerator("mitte").delete("/api/v1/participants/" + anna).status()).isEqualTo(404);

        String supportsBefore = api.get("/api/v1/ideas/" + ideaId + "/supports/summary").text();
        String feedbackBefore = api.get("/api/v1/measures/" + measureId + "/consultation/summary").text();
        assertThat(as.delete("/api/v1/participants/" + anna).status()).isEqualTo(204);
        assertThat(as.delete("/api/v1/participants/" + anna).status()).isEqualTo(204);

        assertThat(api.get("/api/v1/ideas/" + ideaId + "/supports/summary").text()).isEqualTo(supportsBefore);
        assertThat(api.get("/api/v1/measures/" + measureId + "/consultation/summary").text())
                .isEqualTo(feedbackBefore);
        JsonNode format = api.get("/api/v1/formats/" + formatId).json();
        assertThat(format.path("seatsTaken").asInt()).isEqualTo(1);
        HttpApi.Response erasedComment = api.get("/api/v1/comments/" + annasComment);
        assertThat(erasedComment.field("text")).startsWith("Dieser Beitrag wurde auf Wunsch");
        assertThat(erasedComment.json().path("authorId").isNull()).isTrue();
        assertThat(erasedComment.json().path("erased").asBoolean()).isTrue();
        assertThat(api.inLanguage("en").get("/api/v1/comments/" + annasComment).field("text"))
                .startsWith("This comment was deleted");
        assertThat(api.get("/api/v1/comments/" + annasComment + "/replies").json().path("items").get(0)
                .path("text").asString()).isEqualTo("Bens Antwort");
        assertThat(asModerator("mitte").get("/api/v1/comments/" + bensReply).json().path("reportCount").asInt())
                .isEqualTo(1);
        JsonNode afterwards = as.get("/api/v1/participants/" + anna + "/export").json().path("data");
        afterwards.forEach(part -> assertThat(part).isEmpty());
        assertNothingInTheStoreNames(anna);

        List<ConsumerRecord<String, String>> erased = KafkaTestClient.read("gemeinsam.mitte.participation",
                record -> ParticipantErasure.idOf("mitte", anna).equals(record.key()), 2, Duration.ofSeconds(20));
        PublishedEvents.assertCloudEvent(erased.get(0), ERASED, "mitte", "participation-service");
        assertThat(erased.get(0).value()).contains("\"participantId\":\"" + anna + "\"");
        EventSchemas.assertValid(ERASED, erased.get(0).value());
    }
}
