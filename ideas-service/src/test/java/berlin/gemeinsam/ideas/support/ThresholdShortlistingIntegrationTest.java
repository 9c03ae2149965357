package berlin.gemeinsam.ideas.support;

import berlin.gemeinsam.testsupport.EventSchemas;
import berlin.gemeinsam.testsupport.KafkaTestClient;
import berlin.gemeinsam.testsupport.PublishedEvents;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The unit's threshold (50 supports, the service's configuration) shortlists a published idea from the supports
 * participation-service reports on the broker: once, whatever is delivered again.
 */
class ThresholdShortlistingIntegrationTest extends ServiceApiTest {

    private static final String SUPPORT_TYPE = "berlin.gemeinsam.support.given.v1";
    private static final String SHORTLISTED_TYPE = "berlin.gemeinsam.idea.shortlisted.v1";
    private static final String PARTICIPATION = "gemeinsam.pankow.participation";
    private static final int THRESHOLD = 50;

    private String publishedIdea() {
        String id = asCitizen("t-author").post("/api/v1/ideas",
                "{\"title\":\"Sitzbänke\",\"problem\":\"Am Ufer fehlen Bänke\"}").field("id");
        assertThat(asModerator("mitte").post("/api/v1/ideas/" + id + "/publish", "").status()).isEqualTo(200);
        return id;
    }

    private static void sendSupport(String eventId, String supportId, String ideaId) {
        String unit = "pankow";
        String data = """
                {"supportId":"%s","ideaId":"%s","unit":"%s","helixGroup":"PUBLIC","givenAt":"2026-11-30T10:00:00Z"}"""
                .formatted(supportId, ideaId, unit);
        EventSchemas.assertValid(SUPPORT_TYPE, data);
        KafkaTestClient.send(PARTICIPATION, supportId, data.getBytes(StandardCharsets.UTF_8),
                KafkaTestClient.cloudEventHeaders(eventId, "/units/" + unit + "/participation-service", SUPPORT_TYPE,
                        supportId, unit));
    }

    private JsonNode idea(String id) {
        return api.get("/api/v1/ideas/" + id).json();
    }

    @Test
    void theSupportThatReachesTheThresholdShortlistsTheIdeaOnceRedeliveriesAndLaterSupportsDoNot() {
        String ideaId = publishedIdea();
        List<String[]> supports = new ArrayList<>();
        for (int support = 0; support < THRESHOLD - 1; support++) {
            String[] given = {UUID.randomUUID().toString(), UUID.randomUUID().toString()};
            supports.add(given);
            sendSupport(given[0], given[1], ideaId);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> idea(ideaId).path("supportCount").asLong() == THRESHOLD - 1);
        assertThat(idea(ideaId).path("status").asString()).isEqualTo("PUBLISHED");

        String[] reaching = {UUID.randomUUID().toString(), UUID.randomUUID().toString()};
        sendSupport(reaching[0], reaching[1], ideaId);
        // delivered again: by the same event, and by a new event of a support counted before
        sendSupport(reaching[0], reaching[1], ideaId);
        sendSupport(UUID.randomUUID().toString(), reaching[1], ideaId);
        sendSupport(UUID.randomUUID().toString(), supports.get(0)[1], ideaId);
        sendSupport(UUID.randomUUID().toString(), UUID.randomUUID().toString(), ideaId);

        await().atMost(Duration.ofSeconds(30)).until(() -> idea(ideaId).path("supportCount").asLong() == THRESHOLD + 1);
        assertThat(idea(ideaId).path("status").asString()).isEqualTo("SHORTLISTED");
        List<ConsumerRecord<String, String>> shortlisted = KafkaTestClient.read("gemeinsam.mitte.ideas",
                record -> ideaId.equals(record.key())
                        && SHORTLISTED_TYPE.equals(KafkaTestClient.header(record, "ce_type")),
                2, Duration.ofSeconds(10));
        assertThat(shortlisted).hasSize(1);
        PublishedEvents.assertCloudEvent(shortlisted.get(0), SHORTLISTED_TYPE, "mitte", "ideas-service");
        assertThat(shortlisted.get(0).value()).contains("Sitzbänke");
        List<JsonNode> shortlistings = new ArrayList<>();
        api.get("/api/v1/ideas/" + ideaId + "/history").json().path("entries").forEach(entry -> {
            if ("shortlist".equals(entry.path("change").asString())) {
                shortlistings.add(entry);
            }
        });
        assertThat(shortlistings).singleElement().satisfies(entry -> {
            assertThat(entry.path("from").asString()).isEqualTo("PUBLISHED");
            assertThat(entry.path("to").asString()).isEqualTo("SHORTLISTED");
            assertThat(entry.path("by").path("role").asString()).isEqualTo("SYSTEM");
            assertThat(entry.path("by").path("unit").asString()).isEqualTo("mitte");
            assertThat(entry.path("reason").asString()).contains(String.valueOf(THRESHOLD));
        });
    }
}
