package berlin.gemeinsam.measures.measure;

import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.KafkaTestClient;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A measure takes up only an idea that the ideas streams show published and free, and learns the idea's answer. */
class SourceIdeaIntegrationTest extends ServiceApiTest {

    private static final String MEASURES_TOPIC = "gemeinsam.mitte.measures";

    @Autowired
    MongoTemplate mongo;

    private HttpApi.Response proposeFrom(String ideaId, String title) {
        return asUnitAdmin("mitte").post("/api/v1/measures", """
                {"title":"%s","goal":"Wasser an heißen Tagen","type":"DECENTRAL","sourceIdeaId":"%s"}"""
                .formatted(title, ideaId));
    }

    private long measuresTitled(String title) {
        return mongo.getCollection("measure").countDocuments(new Document("title", title));
    }

    /** Once a later proposal's event is on the topic, an event of a refused one would be there too. */
    private void assertNoEventTitled(String title) {
        String later = asUnitAdmin("mitte").post("/api/v1/measures",
                "{\"title\":\"Danach\",\"goal\":\"g\",\"type\":\"CENTRAL\"}").field("id");
        List<ConsumerRecord<String, String>> events = KafkaTestClient.readUntil(MEASURES_TOPIC,
                record -> (later.equals(record.key()) || record.value().contains(title))
                        && "berlin.gemeinsam.measure.proposed.v1".equals(KafkaTestClient.header(record, "ce_type")),
                Duration.ofSeconds(20));
        assertThat(events).extracting(ConsumerRecord::key).containsExactly(later);
    }

    @Test
    void anIdeaTheStreamsDoNotShowIsA404NamingTheFieldAndNothingIsStoredOrPublished() {
        String title = "Unbekannte Idee " + UUID.randomUUID();
        String ideaId = UUID.randomUUID().toString();

        HttpApi.Response unknown = proposeFrom(ideaId, title);

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().path("errors").findValuesAsString("field")).containsExactly("sourceIdeaId");
        assertThat(unknown.field("detail")).isEqualTo("Idee " + ideaId + " gibt es hier nicht.");
        assertThat(asUnitAdmin("mitte").inLanguage("en").post("/api/v1/measures", """
                {"title":"%s","goal":"g","type":"DECENTRAL","sourceIdeaId":"%s"}""".formatted(title, ideaId))
                .field("detail")).startsWith("Idea ");
        assertThat(measuresTitled(title)).isZero();
        assertNoEventTitled(title);
    }

    @Test
    void anIdeaAdoptedByAnotherMeasureIsA409NamingItsStateAndNothingIsStoredOrPublished() {
        String title = "Schon vergeben " + UUID.randomUUID();
        String ideaId = IdeaStreams.knownPublishedIdea(mongo);
        IdeaStreams.adopted(ideaId, "pankow", UUID.randomUUID().toString(), "central");
        IdeaStreams.awaitKnownAs(mongo, ideaId, "ADOPTED");

        HttpApi.Response adopted = proposeFrom(ideaId, title);

        assertThat(adopted.status()).isEqualTo(409);
        assertThat(adopted.contentType()).startsWith("application/problem+json");
        assertThat(adopted.field("currentState")).isEqualTo("ADOPTED");
        assertThat(adopted.field("detail")).startsWith("Idee im Zustand ADOPTED");
        assertThat(measuresTitled(title)).isZero();
        assertNoEventTitled(title);
    }

    @Test
    void aPublishedFreeIdeaIsTakenUpOnceAndTheAdoptionShowsOnTheMeasure() {
        String ideaId = IdeaStreams.knownPublishedIdea(mongo);
        String key = UUID.randomUUID().toString();
        String body = """
                {"title":"Trinkbrunnen","goal":"Wasser an heißen Tagen","type":"DECENTRAL","sourceIdeaId":"%s"}"""
                .formatted(ideaId);

        HttpApi.Response created = asUnitAdmin("mitte").post("/api/v1/measures", body, "Idempotency-Key", key);

        assertThat(created.status()).isEqualTo(201);
        String measureId = created.field("id");
        assertThat(created.field("sourceIdeaId")).isEqualTo(ideaId);
        assertThat(created.json().path("sourceIdea").path("id").asString()).isEqualTo(ideaId);
        assertThat(created.json().path("sourceIdea").path("state").asString()).isEqualTo("PENDING");
        // the idea is this unit's measure's now, even before its unit answered
        String title = "Zweite aus derselben Idee " + UUID.randomUUID();
        HttpApi.Response second = proposeFrom(ideaId, title);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.field("currentState")).isEqualTo("ADOPTED");
        assertThat(measuresTitled(title)).isZero();
        // the same request again finds the same measure
        HttpApi.Response repeated = asUnitAdmin("mitte").post("/api/v1/measures", body, "Idempotency-Key", key);
        assertThat(repeated.status()).isEqualTo(200);
        assertThat(repeated.field("id")).isEqualTo(measureId);

        IdeaStreams.adopted(ideaId, "pankow", measureId, "mitte");

        await().atMost(Duration.ofSeconds(45)).until(() -> "ADOPTED".equals(
                api.get("/api/v1/measures/" + measureId).json().path("sourceIdea").path("state").asString()));
        assertThat(asUnitAdmin("mitte").post("/api/v1/measures", body, "Idempotency-Key", key).status())
                .isEqualTo(200);
    }

    @Test
    void aDeclinedMeasureShowsWhyAndItsIdeaIsTakenForLaterMeasures() {
        String ideaId = IdeaStreams.knownPublishedIdea(mongo);
        HttpApi.Response created = proposeFrom(ideaId, "Zu spät");
        assertThat(created.status()).isEqualTo(201);
        String measureId = created.field("id");
        String winner = UUID.randomUUID().toString();

        // another unit's measure was adopted first; the idea's unit answers ours with a decline
        IdeaStreams.declined(ideaId, "pankow", measureId, "mitte", winner);

        await().atMost(Duration.ofSeconds(45)).until(() -> "DECLINED".equals(
                api.get("/api/v1/measures/" + measureId).json().path("sourceIdea").path("state").asString()));
        HttpApi.Response read = api.get("/api/v1/measures/" + measureId);
        assertThat(read.json().path("sourceIdea").path("reason").asString()).isEqualTo("ALREADY_ADOPTED");
        assertThat(read.field("sourceIdeaId")).isEqualTo(ideaId);
        assertThat(read.field("status")).isEqualTo("PROPOSED");
        HttpApi.Response later = proposeFrom(ideaId, "Noch später");
        assertThat(later.status()).isEqualTo(409);
        assertThat(later.field("currentState")).isEqualTo("ADOPTED");
    }
}
