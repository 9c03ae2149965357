package berlin.gemeinsam.participation.web;

import berlin.gemeinsam.participation.PankowIdeas;
import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.KafkaTestClient;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Input that used to slip through: each is a 400 problem naming the field; nothing is stored or published. */
class BadInputIntegrationTest extends ServiceApiTest {

    private static final String PARTICIPATION_TOPIC = "gemeinsam.mitte.participation";

    private HttpApi.Response support(String ideaId, String participantId, String json) {
        return asCitizen(participantId).post("/api/v1/ideas/" + ideaId + "/supports", json);
    }

    private static void assertRejected(HttpApi.Response answer, String field) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().path("errors").findValuesAsString("field")).as(answer.text()).containsExactly(field);
    }

    /**
     * The idea has no support, and no support of it was published: a good support given after the bad requests is
     * the only event of the idea that arrives (the relay publishes what was written earlier no later).
     */
    private void assertNothingStoredOrPublished(String ideaId) {
        assertThat(api.get("/api/v1/ideas/" + ideaId + "/supports/summary").json().path("total").asLong()).isZero();
        String sentinel = "sentinel-" + UUID.randomUUID();
        HttpApi.Response given = support(ideaId, sentinel, """
                {"participantId":"%s","helixGroup":"PUBLIC"}""".formatted(sentinel));
        assertThat(given.status()).isEqualTo(201);
        List<ConsumerRecord<String, String>> events = KafkaTestClient.readUntil(PARTICIPATION_TOPIC,
                record -> record.value().contains(ideaId)
                        && "berlin.gemeinsam.support.given.v1".equals(KafkaTestClient.header(record, "ce_type")),
                Duration.ofSeconds(30));
        assertThat(events).extracting(ConsumerRecord::key).containsExactly(given.field("id"));
        assertThat(api.get("/api/v1/ideas/" + ideaId + "/supports/summary").json().path("total").asLong())
                .isEqualTo(1);
    }

    @Test
    void badSupportsAreRejectedNamingTheField() {
        String ideaId = PankowIdeas.published(api);
        String participant = "p-" + UUID.randomUUID();

        HttpApi.Response ordinal = support(ideaId, participant, """
                {"participantId":"%s","helixGroup":2}""".formatted(participant));
        assertRejected(ordinal, "helixGroup");
        assertThat(ordinal.json().path("errors").get(0).path("message").asString()).contains("CIVIL_SOCIETY");
        assertRejected(support(ideaId, participant, """
                {"participantId":"%s","helixGroup":"4"}""".formatted(participant)), "helixGroup");
        assertRejected(support(ideaId, participant, """
                {"participantId":"%s","helixGroup":"STATE","helixGroup":"PUBLIC"}""".formatted(participant)),
                "helixGroup");
        assertRejected(support(ideaId, participant, """
                {"participantId":12345,"helixGroup":"STATE"}"""), "participantId");
        assertRejected(support(ideaId, participant, """
                {"participantId":"a\\u0000b","helixGroup":"STATE"}"""), "participantId");

        assertNothingStoredOrPublished(ideaId);
    }
}
