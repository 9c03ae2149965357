package berlin.gemeinsam.participation.supports;

import berlin.gemeinsam.participation.PankowIdeas;
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
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class SupportsApiIntegrationTest extends ServiceApiTest {

    private static final String SUPPORT_GIVEN = "berlin.gemeinsam.support.given.v1";
    private static final String FOLLOW_REQUESTED = "berlin.gemeinsam.follow.requested.v1";
    private static final String PARTICIPATION_TOPIC = "gemeinsam.mitte.participation";

    @Autowired
    MongoTemplate mongo;

    private HttpApi.Response support(String ideaId, String participantId, String helixGroup) {
        return asCitizen(participantId).post("/api/v1/ideas/" + ideaId + "/supports", """
                {"participantId":"%s","helixGroup":"%s"}""".formatted(participantId, helixGroup));
    }

    private long storedSupports() {
        return mongo.getCollection("support").countDocuments();
    }

    @Test
    void aSupportOfAnotherUnitsIdeaIsGivenAndPublishedAsAValidPseudonymousCloudEventOfThisUnit() {
        String ideaId = PankowIdeas.published(api);
        String participant = "participant-" + UUID.randomUUID();

        HttpApi.Response given = support(ideaId, participant, "CIVIL_SOCIETY");

        assertThat(given.status()).isEqualTo(201);
        String supportId = given.field("id");
        assertThat(given.location()).endsWith("/api/v1/ideas/" + ideaId + "/supports/" + supportId);
        assertThat(given.field("ideaId")).isEqualTo(ideaId);
        assertThat(given.field("helixGroup")).isEqualTo("CIVIL_SOCIETY");
        assertThat(given.field("givenAt")).isNotBlank();
        assertThat(given.text()).doesNotContain(participant);
        HttpApi.Response read = api.get(given.location().substring(given.location().indexOf("/api/")));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.field("helixGroup")).isEqualTo("CIVIL_SOCIETY");

        List<ConsumerRecord<String, String>> events = KafkaTestClient.readUntil(PARTICIPATION_TOPIC,
                record -> supportId.equals(record.key()) && SUPPORT_GIVEN.equals(KafkaTestClient.header(record, "ce_type")),
                Duration.ofSeconds(20));
        assertThat(events).hasSize(1);
        ConsumerRecord<String, String> event = events.get(0);
        PublishedEvents.assertCloudEvent(event, SUPPORT_GIVEN, "mitte", "participation-service");
        JsonNode data = JsonMapper.shared().readTree(event.value());
        assertThat(data.path("supportId").asString()).isEqualTo(supportId);
        assertThat(data.path("ideaId").asString()).isEqualTo(ideaId);
        assertThat(data.path("unit").asString()).isEqualTo("mitte");
        assertThat(data.path("helixGroup").asString()).isEqualTo("CIVIL_SOCIETY");
        assertThat(event.value()).doesNotContain(participant);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                mongo.getCollection("support").find(new Document("_id", supportId)).first()
                        .getList("outbox", Document.class)).isEmpty());
    }

    @Test
    void aParticipantSupportsAnIdeaOnlyOnce() {
        String ideaId = PankowIdeas.published(api);
        assertThat(support(ideaId, "p-once", "STATE").status()).isEqualTo(201);

        HttpApi.Response again = support(ideaId, "p-once", "PUBLIC");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.field("detail")).isEqualTo("Unterstützung gibt es bereits.");
        assertThat(asCitizen("p-once").inLanguage("en").post("/api/v1/ideas/" + ideaId + "/supports",
                "{\"participantId\":\"p-once\",\"helixGroup\":\"STATE\"}").field("detail"))
                .isEqualTo("Support exists already.");
        HttpApi.Response summary = api.get("/api/v1/ideas/" + ideaId + "/supports/summary");
        assertThat(summary.json().path("total").asLong()).isEqualTo(1);
        assertThat(summary.json().path("byHelixGroup").path("STATE").asLong()).isEqualTo(1);
        assertThat(summary.json().path("byHelixGroup").path("PUBLIC").asLong()).isZero();
    }

    @Test
    void anIdeaNotSeenPublishedCannotBeSupportedAndHasNoSummary() {
        long before = storedSupports();
        String unknown = UUID.randomUUID().toString();

        HttpApi.Response given = support(unknown, "p-1", "SCIENCE");

        assertThat(given.status()).isEqualTo(404);
        assertThat(given.contentType()).startsWith("application/problem+json");
        assertThat(given.field("detail")).isEqualTo("Idee " + unknown + " gibt es hier nicht.");
        assertThat(api.get("/api/v1/ideas/" + unknown + "/supports/summary").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/ideas/" + unknown + "/supports/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(storedSupports()).isEqualTo(before);
    }

    @Test
    void badInputIsA400ProblemNamingEachFieldAndStoresNothing() {
        String ideaId = PankowIdeas.published(api);
        long before = storedSupports();

        HttpApi.Response unknownGroup = support(ideaId, "p-1", "ALIENS");
        assertThat(unknownGroup.status()).isEqualTo(400);
        assertThat(unknownGroup.contentType()).startsWith("application/problem+json");
        assertThat(unknownGroup.json().path("errors").findValuesAsString("field")).containsExactly("helixGroup");
        assertThat(unknownGroup.json().path("errors").get(0).path("message").asString())
                .contains("STATE, BUSINESS, SCIENCE, CIVIL_SOCIETY, PUBLIC");

        HttpApi.Response missing = asCitizen("p-1").post("/api/v1/ideas/" + ideaId + "/supports", "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("errors").findValuesAsString("field"))
                .containsExactly("helixGroup", "participantId");

        HttpApi.Response tooLong = support(ideaId, "p".repeat(101), "STATE");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().path("errors").findValuesAsString("field")).containsExactly("participantId");

        HttpApi.Response blank = support(ideaId, " ", "STATE");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().path("errors").findValuesAsString("field")).containsExactly("participantId");

        assertThat(storedSupports()).isEqualTo(before);
        assertThat(api.get("/api/v1/ideas/" + ideaId + "/supports/summary").json().path("total").asLong()).isZero();
    }

    @Test
    void theSummaryCountsEveryHelixGroupIncludingThoseWithoutSupports() {
        String ideaId = PankowIdeas.published(api);
        String otherIdea = PankowIdeas.published(api);
        assertThat(support(ideaId, "scientist", "SCIENCE").status()).isEqualTo(201);
        assertThat(support(ideaId, "neighbour-1", "CIVIL_SOCIETY").status()).isEqualTo(201);
        assertThat(support(ideaId, "neighbour-2", "CIVIL_SOCIETY").status()).isEqualTo(201);
        assertThat(support(otherIdea, "scientist", "STATE").status()).isEqualTo(201);

        HttpApi.Response summary = api.get("/api/v1/ideas/" + ideaId + "/supports/summary");

        assertThat(summary.status()).isEqualTo(200);
        assertThat(summary.field("ideaId")).isEqualTo(ideaId);
        assertThat(summary.json().path("total").asLong()).isEqualTo(3);
        Map<String, Long> byHelixGroup = JsonMapper.shared().convertValue(summary.json().path("byHelixGroup"),
                JsonMapper.shared().getTypeFactory().constructMapType(Map.class, String.class, Long.class));
        assertThat(byHelixGroup).containsExactlyInAnyOrderEntriesOf(Map.of(
                "STATE", 0L, "BUSINESS", 0L, "SCIENCE", 1L, "CIVIL_SOCIETY", 2L, "PUBLIC", 0L));
    }

    @Test
    void aSupporterFollowsTheIdeaOnceUnlessTheyOptOut() {
        String ideaId = PankowIdeas.published(api);
        String follows = "p-" + UUID.randomUUID();
        String optsOut = "p-" + UUID.randomUUID();
        String supportId = support(ideaId, follows, "SCIENCE").field("id");
        assertThat(support(ideaId, follows, "SCIENCE").status()).isEqualTo(409);
        String path = "/api/v1/ideas/" + ideaId + "/supports/" + supportId;
        assertThat(asCitizen(follows).delete(path).status()).isEqualTo(204);
        assertThat(support(ideaId, follows, "PUBLIC").status()).isEqualTo(201);
        assertThat(asCitizen(follows).delete(path).status()).isEqualTo(204);
        String optedOut = asCitizen(optsOut).post("/api/v1/ideas/" + ideaId + "/supports", """
                {"participantId":"%s","helixGroup":"STATE","follow":false}""".formatted(optsOut)).field("id");

        // the support's events up to its last withdrawal (beside what the reports count of each): the follow request is
        // among them once, written with the first giving (the same store write: the same version in ce_sequence)
        List<ConsumerRecord<String, String>> events = KafkaTestClient.read(PARTICIPATION_TOPIC,
                record -> supportId.equals(record.key()) && !reported(record), 5, Duration.ofSeconds(30));
        assertThat(events).extracting(record -> KafkaTestClient.header(record, "ce_type")).containsExactly(
                SUPPORT_GIVEN, FOLLOW_REQUESTED, "berlin.gemeinsam.support.withdrawn.v1", SUPPORT_GIVEN,
                "berlin.gemeinsam.support.withdrawn.v1");
        ConsumerRecord<String, String> follow = events.get(1);
        PublishedEvents.assertCloudEvent(follow, FOLLOW_REQUESTED, "mitte", "participation-service");
        assertThat(KafkaTestClient.header(follow, "ce_sequence").split("\\.")[0])
                .isEqualTo(KafkaTestClient.header(events.get(0), "ce_sequence").split("\\.")[0]);
        JsonNode data = JsonMapper.shared().readTree(follow.value());
        assertThat(data.path("subscriberId").asString()).isEqualTo(follows);
        assertThat(data.path("targetType").asString()).isEqualTo("IDEA");
        assertThat(data.path("targetId").asString()).isEqualTo(ideaId);
        assertThat(data.path("unit").asString()).isEqualTo("mitte");
        assertThat(data.path("reason").asString()).isEqualTo("SUPPORT");
        assertThat(data.path("requestedAt").asString()).isNotBlank();

        // the support of the one who opted out is published alone
        assertThat(KafkaTestClient.readUntil(PARTICIPATION_TOPIC,
                record -> optedOut.equals(record.key()) && !reported(record), Duration.ofSeconds(30)))
                .extracting(record -> KafkaTestClient.header(record, "ce_type"))
                .containsExactly(SUPPORT_GIVEN);
    }

    /** What the participation reports count of a support, written with each of its changes. */
    private static boolean reported(ConsumerRecord<String, String> record) {
        return "berlin.gemeinsam.contribution.recorded.v1".equals(KafkaTestClient.header(record, "ce_type"));
    }
}
