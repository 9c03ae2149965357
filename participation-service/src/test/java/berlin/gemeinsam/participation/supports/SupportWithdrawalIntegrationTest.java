package berlin.gemeinsam.participation.supports;

import berlin.gemeinsam.participation.PankowIdeas;
import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.KafkaTestClient;
import berlin.gemeinsam.testsupport.PublishedEvents;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Withdrawing a support through the API, against the real store and broker. */
class SupportWithdrawalIntegrationTest extends ServiceApiTest {

    private static final String SUPPORT_GIVEN = "berlin.gemeinsam.support.given.v1";
    private static final String SUPPORT_WITHDRAWN = "berlin.gemeinsam.support.withdrawn.v1";
    private static final String PARTICIPATION_TOPIC = "gemeinsam.mitte.participation";

    private HttpApi.Response support(String ideaId, String participantId, String helixGroup) {
        return asCitizen(participantId).post("/api/v1/ideas/" + ideaId + "/supports", """
                {"participantId":"%s","helixGroup":"%s"}""".formatted(participantId, helixGroup));
    }

    private long total(String ideaId) {
        return api.get("/api/v1/ideas/" + ideaId + "/supports/summary").json().path("total").asLong();
    }

    private static List<ConsumerRecord<String, String>> eventsOf(String supportId, int expected) {
        List<ConsumerRecord<String, String>> events = new ArrayList<>(KafkaTestClient.read(PARTICIPATION_TOPIC,
                record -> supportId.equals(record.key())
                        && KafkaTestClient.header(record, "ce_type").startsWith("berlin.gemeinsam.support."), expected,
                Duration.ofSeconds(30)));
        events.sort(Comparator.comparing(record -> KafkaTestClient.header(record, "ce_sequence")));
        return events;
    }

    @Test
    void theSupporterWithdrawsTheirSupportOnceNobodyElseCanAndTheyMaySupportAgain() {
        String ideaId = PankowIdeas.published(api);
        String supportId = support(ideaId, "p-withdraws", "SCIENCE").field("id");
        String path = "/api/v1/ideas/" + ideaId + "/supports/" + supportId;

        assertThat(asCitizen("someone-else").delete(path).status()).isEqualTo(403);
        assertThat(api.delete(path).status()).isEqualTo(401);
        assertThat(total(ideaId)).isEqualTo(1);

        assertThat(asCitizen("p-withdraws").delete(path).status()).isEqualTo(204);
        assertThat(asCitizen("p-withdraws").delete(path).status()).isEqualTo(204);
        assertThat(total(ideaId)).isZero();
        assertThat(api.get(path).field("withdrawnAt")).isNotBlank();

        HttpApi.Response again = support(ideaId, "p-withdraws", "PUBLIC");
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.field("id")).isEqualTo(supportId);
        assertThat(api.get("/api/v1/ideas/" + ideaId + "/supports/summary").json().path("byHelixGroup")
                .path("PUBLIC").asLong()).isEqualTo(1);

        List<ConsumerRecord<String, String>> events = eventsOf(supportId, 3);
        assertThat(events).extracting(record -> KafkaTestClient.header(record, "ce_type"))
                .containsExactly(SUPPORT_GIVEN, SUPPORT_WITHDRAWN, SUPPORT_GIVEN);
        PublishedEvents.assertCloudEvent(events.get(1), SUPPORT_WITHDRAWN, "mitte", "participation-service");
        assertThat(events.get(1).value()).doesNotContain("p-withdraws").contains("\"helixGroup\":\"SCIENCE\"");
    }

    @Test
    void concurrentSupportsAndWithdrawalsOfOneParticipantLeaveTheSupportAndItsEventsAgreeing() throws Exception {
        String ideaId = PankowIdeas.published(api);
        String participant = "p-hesitant";
        String supportId = support(ideaId, participant, "STATE").field("id");
        String path = "/api/v1/ideas/" + ideaId + "/supports/" + supportId;
        List<Callable<Integer>> requests = new ArrayList<>();
        for (int round = 0; round < 12; round++) {
            requests.add(() -> asCitizen(participant).delete(path).status());
            requests.add(() -> support(ideaId, participant, "STATE").status());
        }

        int givenAgain = 0;
        ExecutorService clients = Executors.newFixedThreadPool(6);
        try {
            for (Future<Integer> answered : clients.invokeAll(requests)) {
                int status = answered.get();
                assertThat(status).isIn(201, 204, 409);
                givenAgain += status == 201 ? 1 : 0;
            }
        } finally {
            clients.shutdown();
        }

        boolean stands = api.get(path).json().path("withdrawnAt").isNull();
        assertThat(total(ideaId)).isEqualTo(stands ? 1 : 0);
        int givings = 1 + givenAgain;
        List<ConsumerRecord<String, String>> events = eventsOf(supportId, stands ? 2 * givings - 1 : 2 * givings);
        assertThat(events).hasSize(stands ? 2 * givings - 1 : 2 * givings);
        for (int i = 0; i < events.size(); i++) {
            assertThat(KafkaTestClient.header(events.get(i), "ce_type"))
                    .isEqualTo(i % 2 == 0 ? SUPPORT_GIVEN : SUPPORT_WITHDRAWN);
        }
    }
}
