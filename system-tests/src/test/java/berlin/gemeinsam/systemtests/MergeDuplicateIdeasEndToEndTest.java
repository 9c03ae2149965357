package berlin.gemeinsam.systemtests;

import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.SharedDocumentStore;
import berlin.gemeinsam.testsupport.SharedKafkaBroker;
import berlin.gemeinsam.testsupport.TestIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A moderator merges a duplicate idea into the surviving one, with ideas-, participation- and notification-service
 * of mitte each a separate process on one real Kafka broker: the duplicate's supports and followers move over.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MergeDuplicateIdeasEndToEndTest {

    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    private static final TestIssuer ISSUER = TestIssuer.get();

    private final List<ServiceProcess> processes = new ArrayList<>();
    private HttpApi ideas;
    private HttpApi participation;
    private HttpApi notifications;

    @BeforeAll
    void startTheServices() {
        String kafka = SharedKafkaBroker.bootstrapServers();
        String store = SharedDocumentStore.uri();
        ServiceProcess ideasOfMitte = start("ideas-service", kafka, store);
        ServiceProcess participationOfMitte = start("participation-service", kafka, store);
        ServiceProcess notificationsOfMitte = start("notification-service", kafka, store);
        processes.forEach(process -> process.awaitReady(Duration.ofSeconds(150)));
        ideas = HttpApi.on(ideasOfMitte.port());
        participation = HttpApi.on(participationOfMitte.port());
        notifications = HttpApi.on(notificationsOfMitte.port());
    }

    private ServiceProcess start(String service, String kafka, String store) {
        ServiceProcess process = ServiceProcess.start(service, "mitte", kafka, store);
        processes.add(process);
        return process;
    }

    @AfterAll
    void stopTheServices() {
        processes.forEach(ServiceProcess::close);
    }

    @Test
    void aMergedDuplicatesSupportsAndFollowersMoveToTheSurvivingIdea() {
        String survivor = submitAndPublish("Bänke am Spreeufer", "Am Ufer gibt es kaum Sitzplätze.");
        String duplicate = submitAndPublish("Sitzplätze an der Spree", "Man kann an der Spree nirgends sitzen.");
        String anna = "anna-" + UUID.randomUUID();
        String ben = "ben-" + UUID.randomUUID();
        follow(anna, duplicate);
        follow(ben, duplicate);
        follow(ben, survivor);
        String carla = "carla-" + UUID.randomUUID();
        String dora = "dora-" + UUID.randomUUID();
        support(carla, duplicate, "CIVIL_SOCIETY");
        support(dora, duplicate, "SCIENCE");
        support(dora, survivor, "BUSINESS");
        await().atMost(EVENTUALLY).until(() -> supportCount(duplicate) == 2 && supportCount(survivor) == 1);

        HttpApi.Response merged = ideas.withToken(ISSUER.moderator("mitte"))
                .post("/api/v1/ideas/" + duplicate + "/merge", "{\"into\":\"" + survivor + "\"}");

        assertThat(merged.status()).as(merged.text()).isEqualTo(200);
        assertThat(merged.field("status")).isEqualTo("MERGED");
        HttpApi.Response read = ideas.get("/api/v1/ideas/" + duplicate);
        assertThat(read.field("mergedInto")).isEqualTo(survivor);
        assertThat(read.headers().firstValue("Link")).contains("</api/v1/ideas/" + survivor + ">; rel=\"canonical\"");
        // carla's support moves over; dora supports the survivor already and keeps her one support
        await().atMost(EVENTUALLY).until(() -> supportCount(survivor) == 2);
        JsonNode summary = participation.get("/api/v1/ideas/" + survivor + "/supports/summary").json();
        assertThat(summary.path("total").asLong()).isEqualTo(2);
        assertThat(summary.path("byHelixGroup").path("CIVIL_SOCIETY").asLong()).isEqualTo(1);
        assertThat(summary.path("byHelixGroup").path("BUSINESS").asLong()).isEqualTo(1);
        // anna follows the survivor instead; ben, who followed both, follows it once
        await().atMost(EVENTUALLY).until(() -> followedIdeas(anna).equals(List.of(survivor)));
        await().atMost(EVENTUALLY).until(() -> followedIdeas(ben).equals(List.of(survivor)));
        for (String follower : List.of(anna, ben)) {
            assertThat(notificationsOf(follower))
                    .filteredOn(entry -> "berlin.gemeinsam.idea.merged.v1".equals(entry.path("eventType").asString()))
                    .extracting(entry -> entry.path("subject").asString()).containsExactly(duplicate);
        }
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(4)).until(() -> true);
        assertThat(supportCount(survivor)).as("counted once").isEqualTo(2);
        assertThat(supportCount(duplicate)).isEqualTo(2);
    }

    private String submitAndPublish(String title, String problem) {
        HttpApi.Response submitted = ideas.withToken(ISSUER.citizen("author-mitte")).post("/api/v1/ideas",
                "{\"title\":\"%s\",\"problem\":\"%s\"}".formatted(title, problem));
        assertThat(submitted.status()).isEqualTo(201);
        String id = submitted.field("id");
        assertThat(ideas.withToken(ISSUER.moderator("mitte")).post("/api/v1/ideas/" + id + "/publish", "")
                .field("status")).isEqualTo("PUBLISHED");
        return id;
    }

    private void follow(String subscriber, String ideaId) {
        assertThat(notifications.withToken(ISSUER.citizen(subscriber)).post("/api/v1/subscriptions", """
                {"subscriberId":"%s","target":{"type":"IDEA","id":"%s"}}""".formatted(subscriber, ideaId))
                .status()).isEqualTo(201);
    }

    /** Supporting needs participation-service to have learned of the published idea. */
    private void support(String participant, String ideaId, String helixGroup) {
        HttpApi asParticipant = participation.withToken(ISSUER.citizen(participant));
        String body = "{\"participantId\":\"%s\",\"helixGroup\":\"%s\"}".formatted(participant, helixGroup);
        await().atMost(EVENTUALLY).until(() ->
                asParticipant.post("/api/v1/ideas/" + ideaId + "/supports", body).status() == 201);
    }

    private long supportCount(String ideaId) {
        return ideas.get("/api/v1/ideas/" + ideaId).json().path("supportCount").asLong();
    }

    private List<String> followedIdeas(String subscriber) {
        JsonNode items = notifications.withToken(ISSUER.citizen(subscriber))
                .get("/api/v1/subscribers/" + subscriber + "/subscriptions").json().path("items");
        return items.valueStream().map(item -> item.path("target").path("id").asString()).toList();
    }

    private List<JsonNode> notificationsOf(String subscriber) {
        return notifications.withToken(ISSUER.citizen(subscriber))
                .get("/api/v1/subscribers/" + subscriber + "/notifications").json().path("items").valueStream()
                .toList();
    }
}
