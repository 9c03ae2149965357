package berlin.gemeinsam.participation.ideas;

import berlin.gemeinsam.participation.PankowIdeas;
import berlin.gemeinsam.testsupport.EventSchemas;
import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.KafkaTestClient;
import berlin.gemeinsam.testsupport.PolledRecords;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.messaging.Message;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The participation-service as a consumer of published ideas, delivered for real. */
class IdeaEventsConsumerIntegrationTest extends ServiceApiTest {

    private static final String IDEA_PUBLISHED = "berlin.gemeinsam.idea.published.v1";
    private static final String PANKOW_IDEAS = "gemeinsam.pankow.ideas";
    private static final String PROCESSED = "processed_events";

    @Autowired
    MongoTemplate mongo;

    /** The consumer of the ideas streams, handed a poll as its binding would hand it. */
    @Autowired
    @Qualifier("ideaEvents")
    Consumer<Message<List<byte[]>>> ideaEvents;

    private static void sendPublished(String eventId, String ideaId) {
        String data = """
                {"ideaId":"%s","unit":"pankow","title":"Schattige Spielplätze","problem":"Spielplätze sind im Sommer zu heiß",
                 "proposal":"Bäume pflanzen","category":null,"publishedAt":"2026-11-26T09:00:00Z"}""".formatted(ideaId);
        EventSchemas.assertValid(IDEA_PUBLISHED, data);
        KafkaTestClient.send(PANKOW_IDEAS, ideaId, data.getBytes(StandardCharsets.UTF_8), KafkaTestClient.cloudEventHeaders(
                eventId, "/units/pankow/ideas-service", IDEA_PUBLISHED, ideaId, "pankow"));
    }

    private String summaryOf(String ideaId) {
        return api.get("/api/v1/ideas/" + ideaId + "/supports/summary").text();
    }

    private long processedMarkers(String eventId) {
        return mongo.getCollection(PROCESSED).countDocuments(
                new Document("consumer", "ideaEvents").append("event", "/units/pankow/ideas-service|" + eventId));
    }

    @Test
    void anIdeaPublishedInAnotherUnitBecomesSupportableAndItsRedeliveryChangesNothing() {
        String ideaId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        assertThat(api.get("/api/v1/ideas/" + ideaId + "/supports/summary").status()).isEqualTo(404);

        sendPublished(eventId, ideaId);
        await().atMost(Duration.ofSeconds(45))
                .until(() -> api.get("/api/v1/ideas/" + ideaId + "/supports/summary").status() == 200);
        assertThat(asCitizen("p-1").post("/api/v1/ideas/" + ideaId + "/supports",
                "{\"participantId\":\"p-1\",\"helixGroup\":\"BUSINESS\"}").status()).isEqualTo(201);
        Document stored = mongo.getCollection("publishedIdea").find(new Document("_id", ideaId)).first();
        assertThat(stored.getString("unit")).isEqualTo("pankow");
        assertThat(stored.getString("title")).isEqualTo("Schattige Spielplätze");
        String summary = summaryOf(ideaId);

        // the same event again, as after a rebalance: dropped by its source and id
        sendPublished(eventId, ideaId);
        // and again after a crash between its effect and the record that it was processed: handled once more
        mongo.remove(new Query(), PROCESSED);
        sendPublished(eventId, ideaId);
        await().atMost(Duration.ofSeconds(30)).until(() -> processedMarkers(eventId) == 1);

        assertThat(mongo.getCollection("publishedIdea").countDocuments(new Document("_id", ideaId))).isEqualTo(1);
        assertThat(mongo.getCollection("publishedIdea").find(new Document("_id", ideaId)).first()).isEqualTo(stored);
        assertThat(summaryOf(ideaId)).isEqualTo(summary).contains("\"total\":1");
    }

    @Test
    void aPollWithPublicationsAndMergesOfTheirIdeasEndsAsOneByOneAndItsRedeliveryChangesNothing() {
        String supported = PankowIdeas.published(api);
        assertThat(support(supported, "p-" + UUID.randomUUID()).status()).isEqualTo(201);
        PolledRecords poll = new PolledRecords();
        String survivor = PankowIdeas.published(poll::add);
        String duplicate = PankowIdeas.published(poll::add);
        PankowIdeas.merged(poll::add, UUID.randomUUID().toString(), supported, survivor);
        PankowIdeas.merged(poll::add, UUID.randomUUID().toString(), duplicate, survivor);
        Message<List<byte[]>> piece = poll.message();

        ideaEvents.accept(piece);

        HttpApi.Response ofDuplicate = support(duplicate, "p-" + UUID.randomUUID());
        assertThat(ofDuplicate.status()).isEqualTo(409);
        assertThat(ofDuplicate.field("currentState")).isEqualTo("MERGED");
        String summary = summaryOf(survivor);
        assertThat(summary).contains("\"total\":1");
        List<Document> ideas = publishedIdeas(supported, survivor, duplicate);
        assertThat(ideas).extracting(idea -> idea.getString("mergedInto")).containsExactly(survivor, null, survivor);

        // the same poll again, as after a rebalance: dropped by the events' ids
        ideaEvents.accept(piece);
        // and again after a crash between its effects and the records that its events were processed
        mongo.remove(Query.query(Criteria.where("event").in(poll.eventKeys())), PROCESSED);
        ideaEvents.accept(piece);

        assertThat(publishedIdeas(supported, survivor, duplicate)).isEqualTo(ideas);
        assertThat(summaryOf(survivor)).isEqualTo(summary);
        assertThat(mongo.getCollection(PROCESSED).countDocuments(
                new Document("event", new Document("$in", poll.eventKeys())))).isEqualTo(4);
    }

    private HttpApi.Response support(String ideaId, String participantId) {
        return asCitizen(participantId).post("/api/v1/ideas/" + ideaId + "/supports", """
                {"participantId":"%s","helixGroup":"SCIENCE"}""".formatted(participantId));
    }

    private List<Document> publishedIdeas(String... ideaIds) {
        List<Document> ideas = new ArrayList<>();
        for (String ideaId : ideaIds) {
            ideas.add(mongo.getCollection("publishedIdea").find(new Document("_id", ideaId)).first());
        }
        return ideas;
    }
}
