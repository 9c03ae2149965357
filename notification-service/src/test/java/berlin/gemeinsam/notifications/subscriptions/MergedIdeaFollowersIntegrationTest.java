package berlin.gemeinsam.notifications.subscriptions;

import berlin.gemeinsam.platform.inbox.ProcessedEvents;
import berlin.gemeinsam.testsupport.EventSchemas;
import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.KafkaTestClient;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The followers of an idea merged into another are told so and follow the surviving idea from then on. */
class MergedIdeaFollowersIntegrationTest extends ServiceApiTest {

    private static final String IDEA_MERGED = "berlin.gemeinsam.idea.merged.v1";
    private static final Duration DELIVERY = Duration.ofSeconds(30);

    @Autowired
    MongoTemplate mongo;

    private void follow(String subscriberId, String type, String id) {
        assertThat(asCitizen(subscriberId).post("/api/v1/subscriptions", """
                {"subscriberId":"%s","target":{"type":"%s","id":"%s"}}""".formatted(subscriberId, type, id))
                .status()).isEqualTo(201);
    }

    private List<String> followedIdeas(String subscriberId) {
        JsonNode items = asCitizen(subscriberId).get("/api/v1/subscribers/" + subscriberId + "/subscriptions")
                .json().path("items");
        return items.valueStream().filter(item -> "IDEA".equals(item.path("target").path("type").asString()))
                .map(item -> item.path("target").path("id").asString()).toList();
    }

    private JsonNode feed(HttpApi as, String subscriberId) {
        return as.get("/api/v1/subscribers/" + subscriberId + "/notifications").json().path("items");
    }

    private static void merged(String eventId, String ideaId, String survivingIdeaId) {
        String data = """
                {"ideaId":"%s","unit":"mitte","title":"Sitzplätze an der Spree","survivingIdeaId":"%s",
                 "previousState":"PUBLISHED","mergedAt":"2026-12-01T09:00:00Z"}""".formatted(ideaId, survivingIdeaId);
        EventSchemas.assertValid(IDEA_MERGED, data);
        KafkaTestClient.send("gemeinsam.mitte.ideas", ideaId, data.getBytes(StandardCharsets.UTF_8),
                KafkaTestClient.cloudEventHeaders(eventId, "/units/mitte/ideas-service", IDEA_MERGED, ideaId,
                        "mitte"));
    }

    private void awaitHandled(String eventId) {
        Query handled = Query.query(Criteria.where("consumer").is("ideaEvents")
                .and("event").is("/units/mitte/ideas-service|" + eventId));
        await().atMost(DELIVERY).until(() -> mongo.exists(handled, ProcessedEvents.COLLECTION));
    }

    @Test
    void followersOfTheDuplicateAreToldAndFollowTheSurvivorOnceAndARedeliveredMergeChangesNothing() {
        String duplicate = UUID.randomUUID().toString();
        String survivor = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        String followsDuplicate = "citizen-" + UUID.randomUUID();
        String followsBoth = "citizen-" + UUID.randomUUID();
        String followsSurvivor = "citizen-" + UUID.randomUUID();
        follow(followsDuplicate, "IDEA", duplicate);
        follow(followsDuplicate, "IDEA", other);
        follow(followsBoth, "IDEA", duplicate);
        follow(followsBoth, "IDEA", survivor);
        follow(followsSurvivor, "IDEA", survivor);
        String eventId = UUID.randomUUID().toString();

        merged(eventId, duplicate, survivor);
        awaitHandled(eventId);
        // the merge again after a crash between its effects and the record that it was processed
        mongo.remove(new Query(), ProcessedEvents.COLLECTION);
        merged(eventId, duplicate, survivor);
        awaitHandled(eventId);

        assertThat(followedIdeas(followsDuplicate)).containsExactlyInAnyOrder(survivor, other);
        assertThat(followedIdeas(followsBoth)).containsExactly(survivor);
        assertThat(followedIdeas(followsSurvivor)).containsExactly(survivor);
        for (String follower : List.of(followsDuplicate, followsBoth)) {
            JsonNode entries = feed(asCitizen(follower), follower);
            assertThat(entries).hasSize(1);
            assertThat(entries.get(0).path("eventType").asString()).isEqualTo(IDEA_MERGED);
            assertThat(entries.get(0).path("subject").asString()).isEqualTo(duplicate);
            assertThat(entries.get(0).path("text").asString()).isEqualTo(
                    "Die Idee „Sitzplätze an der Spree“ wurde mit einer gleichartigen Idee zusammengeführt; "
                            + "Sie folgen jetzt dieser.");
        }
        assertThat(feed(asCitizen(followsDuplicate).inLanguage("en"), followsDuplicate).get(0).path("text")
                .asString()).isEqualTo("The idea \"Sitzplätze an der Spree\" was merged into a similar idea, "
                + "which you follow now.");
        assertThat(feed(asCitizen(followsSurvivor), followsSurvivor)).isEmpty();
    }
}
