package berlin.gemeinsam.measures.measure;

import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.KafkaTestClient;
import berlin.gemeinsam.testsupport.PublishedEvents;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class MeasuresApiIntegrationTest extends ServiceApiTest {

    private static final String MEASURES_TOPIC = "gemeinsam.mitte.measures";
    private static final String PROPOSED_TYPE = "berlin.gemeinsam.measure.proposed.v1";

    @Autowired
    MongoTemplate mongo;

    private String propose(String title, String type) {
        HttpApi.Response created = asUnitAdmin("mitte").post("/api/v1/measures", """
                {"title":"%s","goal":"Mehr Schatten in der Innenstadt","type":"%s"}""".formatted(title, type));
        assertThat(created.status()).isEqualTo(201);
        return created.field("id");
    }

    private static List<String> errorFields(HttpApi.Response response) {
        return response.json().path("errors").findValuesAsString("field");
    }

    @Test
    void aMeasureIsProposedAndReadAndItsEventIsAValidCloudEventKeyedByTheMeasure() {
        String ideaId = IdeaStreams.knownPublishedIdea(mongo);
        HttpApi.Response created = asUnitAdmin("mitte").post("/api/v1/measures", """
                {"title":"Trinkbrunnen für alle","goal":"Kostenloses Wasser an heißen Tagen","type":"NETWORK",
                 "sourceIdeaId":"%s","participatingUnits":["pankow","central"]}""".formatted(ideaId));

        assertThat(created.status()).isEqualTo(201);
        String id = created.field("id");
        assertThat(UUID.fromString(id)).isNotNull();
        assertThat(created.location()).endsWith("/api/v1/measures/" + id);
        assertThat(created.field("status")).isEqualTo("PROPOSED");
        assertThat(created.field("unit")).isEqualTo("mitte");
        assertThat(created.field("type")).isEqualTo("NETWORK");
        assertThat(created.field("sourceIdeaId")).isEqualTo(ideaId);
        HttpApi.Response read = api.get("/api/v1/measures/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.field("title")).isEqualTo("Trinkbrunnen für alle");
        assertThat(read.field("goal")).isEqualTo("Kostenloses Wasser an heißen Tagen");
        assertThat(read.field("status")).isEqualTo("PROPOSED");
        assertThat(read.field("proposedAt")).isNotNull().isEqualTo(created.field("proposedAt"));
        assertThat(read.json().path("participatingUnits").valueStream().map(JsonNode::asString))
                .containsExactly("pankow", "central");

        List<ConsumerRecord<String, String>> events = KafkaTestClient.readUntil(MEASURES_TOPIC,
                record -> id.equals(record.key()) && PROPOSED_TYPE.equals(KafkaTestClient.header(record, "ce_type")),
                Duration.ofSeconds(20));
        assertThat(events).hasSize(1);
        ConsumerRecord<String, String> event = events.get(0);
        PublishedEvents.assertCloudEvent(event, PROPOSED_TYPE, "mitte", "measures-service");
        JsonNode data = JsonMapper.shared().readTree(event.value());
        assertThat(data.path("measureId").asString()).isEqualTo(id);
        assertThat(data.path("unit").asString()).isEqualTo("mitte");
        assertThat(data.path("type").asString()).isEqualTo("NETWORK");
        assertThat(data.path("sourceIdeaId").asString()).isEqualTo(ideaId);
        assertThat(Instant.parse(data.path("proposedAt").asString()))
                .isEqualTo(Instant.parse(created.field("proposedAt")));
    }

    @Test
    void badInputIsA400ProblemNamingEachFieldAndNeitherStoresNorPublishesAnything() {
        long before = mongo.getCollection("measure").countDocuments();
        String badTitle = "Abgelehnt " + UUID.randomUUID();

        HttpApi.Response missing = asUnitAdmin("mitte").post("/api/v1/measures", """
                {"title":"","type":"CENTRAL","sourceIdeaId":"keine-uuid"}""");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(errorFields(missing)).containsExactlyInAnyOrder("goal", "sourceIdeaId", "title");

        HttpApi.Response unknownType = asUnitAdmin("mitte").post("/api/v1/measures", """
                {"title":"%s","goal":"g","type":"IRGENDWIE"}""".formatted(badTitle));
        assertThat(unknownType.status()).isEqualTo(400);
        assertThat(errorFields(unknownType)).containsExactly("type");
        assertThat(unknownType.json().path("errors").get(0).path("message").asString())
                .contains("CENTRAL, DECENTRAL, NETWORK");

        HttpApi.Response noType = asUnitAdmin("mitte").post("/api/v1/measures", """
                {"title":"%s","goal":"g"}""".formatted(badTitle));
        assertThat(noType.status()).isEqualTo(400);
        assertThat(errorFields(noType)).containsExactly("type");

        HttpApi.Response badIdea = asUnitAdmin("mitte").post("/api/v1/measures", """
                {"title":"%s","goal":"g","type":"CENTRAL","sourceIdeaId":"idea-42"}""".formatted(badTitle));
        assertThat(badIdea.status()).isEqualTo(400);
        assertThat(errorFields(badIdea)).containsExactly("sourceIdeaId");
        assertThat(badIdea.json().path("errors").get(0).path("message").asString()).isEqualTo("muss eine UUID sein");

        HttpApi.Response unknownUnit = asUnitAdmin("mitte").post("/api/v1/measures", """
                {"title":"%s","goal":"g","type":"NETWORK","participatingUnits":["pankow","atlantis"]}"""
                .formatted(badTitle));
        assertThat(unknownUnit.status()).isEqualTo(400);
        assertThat(errorFields(unknownUnit)).containsExactly("participatingUnits");
        assertThat(unknownUnit.json().path("errors").get(0).path("message").asString())
                .isEqualTo("enthält unbekannte Einheiten: atlantis");

        HttpApi.Response tooLong = asUnitAdmin("mitte").post("/api/v1/measures", """
                {"title":"%s","goal":"%s","type":"CENTRAL"}""".formatted("t".repeat(201), "g".repeat(5001)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(errorFields(tooLong)).containsExactlyInAnyOrder("goal", "title");

        HttpApi.Response unknownFilter = api.get("/api/v1/measures?type=IRGENDWIE");
        assertThat(unknownFilter.status()).isEqualTo(400);
        assertThat(errorFields(unknownFilter)).containsExactly("type");
        HttpApi.Response hugePage = api.get("/api/v1/measures?size=1000&page=-1");
        assertThat(hugePage.status()).isEqualTo(400);
        assertThat(errorFields(hugePage)).containsExactlyInAnyOrder("page", "size");

        assertThat(mongo.getCollection("measure").countDocuments()).isEqualTo(before);
        // once a later proposal's event is on the topic, an event of a rejected one would be there too
        String later = propose("Danach", "CENTRAL");
        List<ConsumerRecord<String, String>> events = KafkaTestClient.readUntil(MEASURES_TOPIC,
                record -> (later.equals(record.key()) || record.value().contains(badTitle))
                        && PROPOSED_TYPE.equals(KafkaTestClient.header(record, "ce_type")),
                Duration.ofSeconds(20));
        assertThat(events).extracting(ConsumerRecord::key).containsExactly(later);
    }

    @Test
    void problemsSpeakEnglishWhenAskedTo() {
        HttpApi.Response unknownUnit = asUnitAdmin("mitte").inLanguage("en").post("/api/v1/measures", """
                {"title":"t","goal":"g","type":"NETWORK","participatingUnits":["atlantis","mitte","lemuria"]}""");

        assertThat(unknownUnit.field("title")).isEqualTo("Invalid request");
        assertThat(unknownUnit.json().path("errors").get(0).path("message").asString())
                .isEqualTo("contains unknown units: atlantis, lemuria");
        assertThat(api.inLanguage("en").get("/api/v1/measures/" + UUID.randomUUID()).field("detail"))
                .startsWith("Measure ");
    }

    @Test
    void unknownMeasuresAreA404Problem() {
        HttpApi.Response unknown = api.get("/api/v1/measures/" + UUID.randomUUID());

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.field("detail")).startsWith("Maßnahme ");
    }

    @Test
    void aRepeatedProposalWithTheSameIdempotencyKeyReturnsTheSameMeasureAndPublishesOnce() {
        String body = "{\"title\":\"Einmalig\",\"goal\":\"Keine doppelten Maßnahmen\",\"type\":\"DECENTRAL\"}";
        String key = UUID.randomUUID().toString();
        long before = mongo.getCollection("measure").countDocuments();

        HttpApi.Response first = asUnitAdmin("mitte").post("/api/v1/measures", body, "Idempotency-Key", key);
        HttpApi.Response second = asUnitAdmin("mitte").post("/api/v1/measures", body, "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(200);
        String id = first.field("id");
        assertThat(second.field("id")).isEqualTo(id);
        assertThat(second.field("proposedAt")).isEqualTo(first.field("proposedAt"));
        assertThat(mongo.getCollection("measure").countDocuments()).isEqualTo(before + 1);
        assertThat(KafkaTestClient.readUntil(MEASURES_TOPIC, record -> id.equals(record.key())
                && PROPOSED_TYPE.equals(KafkaTestClient.header(record, "ce_type")), Duration.ofSeconds(20))).hasSize(1);
    }

    @Test
    void anUpperCaseIdeaIdIsKeptInTheFormIdeasHaveTheirIds() {
        String ideaId = IdeaStreams.knownPublishedIdea(mongo);
        HttpApi.Response created = asUnitAdmin("mitte").post("/api/v1/measures", """
                {"title":"Groß geschrieben","goal":"g","type":"CENTRAL","sourceIdeaId":"%s"}"""
                .formatted(ideaId.toUpperCase()));

        assertThat(created.status()).isEqualTo(201);
        assertThat(api.get("/api/v1/measures/" + created.field("id")).field("sourceIdeaId")).isEqualTo(ideaId);
    }

    @Test
    void listsArePagedNewestFirstAndFilterByType() throws InterruptedException {
        String central = propose("Liste zentral", "CENTRAL");
        String olderNetwork = propose("Liste Netzwerk alt", "NETWORK");
        // the store keeps milliseconds; let the newer proposal be visibly newer
        Thread.sleep(5);
        String newerNetwork = propose("Liste Netzwerk neu", "NETWORK");

        HttpApi.Response networks = api.get("/api/v1/measures?type=NETWORK&page=0&size=100");
        assertThat(networks.status()).isEqualTo(200);
        List<String> ids = networks.json().path("items").findValuesAsString("id");
        assertThat(ids).contains(olderNetwork, newerNetwork).doesNotContain(central);
        assertThat(ids.indexOf(newerNetwork)).isLessThan(ids.indexOf(olderNetwork));
        assertThat(networks.json().path("items").findValuesAsString("type")).containsOnly("NETWORK");

        HttpApi.Response first = api.get("/api/v1/measures?size=1");
        HttpApi.Response second = api.get("/api/v1/measures?page=1&size=1");
        assertThat(first.json().path("items")).hasSize(1);
        assertThat(first.json().path("items").get(0).path("id").asString()).isEqualTo(newerNetwork);
        assertThat(second.json().path("items").get(0).path("id").asString()).isNotEqualTo(newerNetwork);
        assertThat(first.json().path("totalItems").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(first.json().path("totalPages").asLong()).isEqualTo(first.json().path("totalItems").asLong());
        assertThat(first.json().path("size").asInt()).isEqualTo(1);
    }
}
