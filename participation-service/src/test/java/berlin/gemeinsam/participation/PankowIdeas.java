package berlin.gemeinsam.participation;

import berlin.gemeinsam.testsupport.EventSchemas;
import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.KafkaTestClient;
import berlin.gemeinsam.testsupport.RecordOutlet;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** Ideas published in pankow's ideas-service, as their events reach the participation-service under test. */
public final class PankowIdeas {

    private static final String IDEA_PUBLISHED = "berlin.gemeinsam.idea.published.v1";
    private static final String IDEA_MERGED = "berlin.gemeinsam.idea.merged.v1";

    private PankowIdeas() {
    }

    /** Publishes a new idea of pankow; returns its id once the service lets it be supported. */
    public static String published(HttpApi api) {
        String ideaId = published(KafkaTestClient::send);
        await().atMost(Duration.ofSeconds(45))
                .until(() -> api.get("/api/v1/ideas/" + ideaId + "/supports/summary").status() == 200);
        return ideaId;
    }

    /** The publication of a new idea of pankow, sent to {@code to}; returns the idea's id at once. */
    public static String published(RecordOutlet to) {
        String ideaId = UUID.randomUUID().toString();
        String data = """
                {"ideaId":"%s","unit":"pankow","title":"Trinkbrunnen","problem":"Im Sommer fehlt Wasser",
                 "proposal":null,"category":"Stadtraum","publishedAt":"2026-11-26T09:00:00Z"}""".formatted(ideaId);
        EventSchemas.assertValid(IDEA_PUBLISHED, data);
        to.send("gemeinsam.pankow.ideas", ideaId, data.getBytes(StandardCharsets.UTF_8),
                KafkaTestClient.cloudEventHeaders(UUID.randomUUID().toString(), "/units/pankow/ideas-service",
                        IDEA_PUBLISHED, ideaId, "pankow"));
        return ideaId;
    }

    /** Pankow's moderator merged {@code ideaId} into {@code survivingIdeaId}; the event with the id {@code eventId}. */
    public static void merged(String eventId, String ideaId, String survivingIdeaId) {
        merged(KafkaTestClient::send, eventId, ideaId, survivingIdeaId);
    }

    /** As {@link #merged(String, String, String)}, sent to {@code to}. */
    public static void merged(RecordOutlet to, String eventId, String ideaId, String survivingIdeaId) {
        String data = """
                {"ideaId":"%s","unit":"pankow","title":"Trinkbrunnen","survivingIdeaId":"%s",
                 "previousState":"PUBLISHED","mergedAt":"2026-12-01T09:00:00Z"}""".formatted(ideaId, survivingIdeaId);
        EventSchemas.assertValid(IDEA_MERGED, data);
        to.send("gemeinsam.pankow.ideas", ideaId, data.getBytes(StandardCharsets.UTF_8),
                KafkaTestClient.cloudEventHeaders(eventId, "/units/pankow/ideas-service", IDEA_MERGED, ideaId,
                        "pankow"));
    }
}
