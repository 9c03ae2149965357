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
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** When an idea is merged into another, the supports given here for it move to the surviving idea. */
class MergedIdeaSupportsIntegrationTest extends ServiceApiTest {

    private static final String SUPPORT_GIVEN = "berlin.gemeinsam.support.given.v1";
    private static final String PARTICIPATION_TOPIC = "gemeinsam.mitte.participation";

    @Autowired
    MongoTemplate mongo;

    private void support(String ideaId, String participantId, String helixGroup) {
        assertThat(asCitizen(participantId).post("/api/v1/ideas/" + ideaId + "/supports", """
                {"participantId":"%s","helixGroup":"%s"}""".formatted(participantId, helixGroup)).status())
                .isEqualTo(201);
    }

    private JsonNode summaryOf(String ideaId) {
        return api.get("/api/v1/ideas/" + ideaId + "/supports/summary").json();
    }

    private static List<ConsumerRecord<String, String>> supportEventsOf(String ideaId, int expected) {
        return KafkaTestClient.read(PARTICIPATION_TOPIC, record -> record.value().contains(ideaId)
                && SUPPORT_GIVEN.equals(KafkaTestClient.header(record, "ce_type")), expected,
                Duration.ofSeconds(20));
    }

    @Test
    void eachSupporterOfTheDuplicateSupportsTheSurvivorOnceAndARedeliveredMergeChangesNothing() {
        String duplicate = PankowIdeas.published(api);
        String survivor = PankowIdeas.published(api);
        String onlyDuplicate = "p-" + UUID.randomUUID();
        String both = "p-" + UUID.randomUUID();
        String onlySurvivor = "p-" + UUID.randomUUID();
        support(duplicate, onlyDuplicate, "SCIENCE");
        support(duplicate, both, "PUBLIC");
        support(survivor, both, "STATE");
        support(survivor, onlySurvivor, "BUSINESS");
        String eventId = UUID.randomUUID().toString();

        PankowIdeas.merged(eventId, duplicate, survivor);
        await().atMost(Duration.ofSeconds(45)).until(() -> summaryOf(survivor).path("total").asLong() == 3);
        // the merge again after a crash between its effect and the record that it was processed
        mongo.remove(new Query(), "processed_events");
        PankowIdeas.merged(eventId, duplicate, survivor);
        await().atMost(Duration.ofSeconds(45)).until(() -> mongo.getCollection("processed_events").countDocuments(
                new Document("event", "/units/pankow/ideas-service|" + eventId)) == 1);

        JsonNode summary = summaryOf(survivor);
        assertThat(summary.path("total").asLong()).isEqualTo(3);
        assertThat(summary.path("byHelixGroup").path("SCIENCE").asLong()).isEqualTo(1);
        assertThat(summary.path("byHelixGroup").path("STATE").asLong()).as("the survivor's own support stays")
                .isEqualTo(1);
        assertThat(summary.path("byHelixGroup").path("BUSINESS").asLong()).isEqualTo(1);
        assertThat(summary.path("byHelixGroup").path("PUBLIC").asLong()).isZero();
        assertThat(summaryOf(duplicate).path("total").asLong()).isEqualTo(2);
        String late = "p-" + UUID.randomUUID();
        HttpApi.Response tooLate = asCitizen(late).post("/api/v1/ideas/" + duplicate + "/supports", """
                {"participantId":"%s","helixGroup":"PUBLIC"}""".formatted(late));
        assertThat(tooLate.status()).isEqualTo(409);
        assertThat(tooLate.field("currentState")).isEqualTo("MERGED");

        List<ConsumerRecord<String, String>> events = supportEventsOf(survivor, 3);
        assertThat(events).hasSize(3);
        events.forEach(event -> PublishedEvents.assertCloudEvent(event, SUPPORT_GIVEN, "mitte",
                "participation-service"));
        List<ConsumerRecord<String, String>> carriedOver = events.stream()
                .filter(event -> event.value().contains("SCIENCE")).toList();
        assertThat(carriedOver).hasSize(1);
        assertThat(carriedOver.get(0).value()).doesNotContain(onlyDuplicate)
                .contains("\"givenAt\":\"2026-12-01T09:00:00Z\"");
    }
}
