package berlin.gemeinsam.measures.measure;

import berlin.gemeinsam.testsupport.EventSchemas;
import berlin.gemeinsam.testsupport.KafkaTestClient;
import berlin.gemeinsam.testsupport.RecordOutlet;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** Ideas events as a unit's ideas-service writes them to its ideas topic, and waiting until measures knows them. */
final class IdeaStreams {

    static final String PUBLISHED = "berlin.gemeinsam.idea.published.v1";
    static final String ADOPTED = "berlin.gemeinsam.idea.adopted.v1";
    static final String ADOPTION_DECLINED = "berlin.gemeinsam.idea.adoption-declined.v1";
    static final String ADOPTION_DECLINED_V2 = "berlin.gemeinsam.idea.adoption-declined.v2";
    static final String MERGED = "berlin.gemeinsam.idea.merged.v1";

    private IdeaStreams() {
    }

    static void published(String ideaId, String unit) {
        published(KafkaTestClient::send, ideaId, unit);
    }

    static void published(RecordOutlet to, String ideaId, String unit) {
        send(to, PUBLISHED, ideaId, unit, """
                {"ideaId":"%s","unit":"%s","title":"Trinkbrunnen","problem":"Im Sommer fehlt Wasser",
                 "proposal":null,"category":null,"publishedAt":"2026-11-26T09:00:00Z"}""".formatted(ideaId, unit));
    }

    static void adopted(String ideaId, String unit, String measureId, String measureUnit) {
        adopted(KafkaTestClient::send, ideaId, unit, measureId, measureUnit);
    }

    static void adopted(RecordOutlet to, String ideaId, String unit, String measureId, String measureUnit) {
        send(to, ADOPTED, ideaId, unit, """
                {"ideaId":"%s","unit":"%s","title":"Trinkbrunnen","measureId":"%s","measureUnit":"%s",
                 "adoptedAt":"2026-11-26T10:00:00Z"}""".formatted(ideaId, unit, measureId, measureUnit));
    }

    static void declined(String ideaId, String unit, String measureId, String measureUnit, String adoptingMeasureId) {
        send(KafkaTestClient::send, ADOPTION_DECLINED, ideaId, unit, """
                {"ideaId":"%s","unit":"%s","measureId":"%s","measureUnit":"%s","reason":"ALREADY_ADOPTED",
                 "currentState":"ADOPTED","adoptingMeasureId":"%s","declinedAt":"2026-11-26T10:05:00Z"}"""
                .formatted(ideaId, unit, measureId, measureUnit, adoptingMeasureId));
    }

    /** Version 2 of the decline: the idea was merged into another. */
    static void declinedAsMerged(String ideaId, String unit, String measureId, String measureUnit) {
        send(KafkaTestClient::send, ADOPTION_DECLINED_V2, ideaId, unit, """
                {"ideaId":"%s","unit":"%s","measureId":"%s","measureUnit":"%s","reason":"NOT_PUBLISHED",
                 "currentState":"MERGED","adoptingMeasureId":null,"declinedAt":"2026-12-01T10:05:00Z"}"""
                .formatted(ideaId, unit, measureId, measureUnit));
    }

    static void merged(String ideaId, String unit, String survivingIdeaId, String previousState) {
        merged(KafkaTestClient::send, ideaId, unit, survivingIdeaId, previousState);
    }

    static void merged(RecordOutlet to, String ideaId, String unit, String survivingIdeaId, String previousState) {
        send(to, MERGED, ideaId, unit, """
                {"ideaId":"%s","unit":"%s","title":"Trinkbrunnen","survivingIdeaId":"%s","previousState":"%s",
                 "mergedAt":"2026-12-01T10:00:00Z"}""".formatted(ideaId, unit, survivingIdeaId, previousState));
    }

    /** A published idea of pankow that measures-service knows. */
    static String knownPublishedIdea(MongoTemplate mongo) {
        String ideaId = UUID.randomUUID().toString();
        published(ideaId, "pankow");
        awaitKnownAs(mongo, ideaId, "PUBLISHED");
        return ideaId;
    }

    static void awaitKnownAs(MongoTemplate mongo, String ideaId, String state) {
        await().atMost(Duration.ofSeconds(45)).until(() -> {
            Document known = mongo.getCollection("knownIdea").find(new Document("_id", ideaId)).first();
            return known != null && state.equals(known.getString("state"));
        });
    }

    private static void send(RecordOutlet to, String type, String ideaId, String unit, String data) {
        EventSchemas.assertValid(type, data);
        to.send("gemeinsam." + unit + ".ideas", ideaId, data.getBytes(StandardCharsets.UTF_8),
                KafkaTestClient.cloudEventHeaders(UUID.randomUUID().toString(), "/units/" + unit + "/ideas-service",
                        type, ideaId, unit));
    }
}
