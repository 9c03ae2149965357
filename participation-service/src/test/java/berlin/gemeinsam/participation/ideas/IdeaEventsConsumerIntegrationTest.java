package berlin.gemeinsam.participation.ideas;

import berlin.gemeinsam.testsupport.EventSchemas;
import berlin.gemeinsam.testsupport.KafkaTestClient;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The participation-service as a consumer of published ideas, delivered for real. */
class IdeaEventsConsumerIntegrationTest extends ServiceApiTest {

    private static final String IDEA_PUBLISHED = "berlin.gemeinsam.idea.published.v1";
    private static final String PANKOW_IDEAS = "gemeinsam.pankow.ideas";
    private static final String PROCESSED = "processed_events";

    @Autowired
    MongoTemplate mongo;

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
}
