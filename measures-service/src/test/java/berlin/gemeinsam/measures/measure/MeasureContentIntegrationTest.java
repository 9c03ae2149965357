package berlin.gemeinsam.measures.measure;

import berlin.gemeinsam.testsupport.EventSchemas;
import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.KafkaTestClient;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import berlin.gemeinsam.testsupport.TestIssuer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A measure's content: fields of action, guiding principles, mandate and linked ideas, with their events. */
class MeasureContentIntegrationTest extends ServiceApiTest {

    private static final String MEASURES_TOPIC = "gemeinsam.mitte.measures";
    private static final String PROPOSED_V2 = "berlin.gemeinsam.measure.proposed.v2";
    private static final String IDEA_LINKED = "berlin.gemeinsam.measure.idea-linked.v1";

    @Autowired
    MongoTemplate mongo;

    private final String admins = UUID.randomUUID().toString();

    /** Unit admins of this test's own, so that its many writes stay within the write limit of one client. */
    private HttpApi admin(String unit) {
        return api.withToken(TestIssuer.get().token("admin-" + unit + "-" + admins, List.of("UNIT_ADMIN"), unit,
                UnaryOperator.identity()));
    }

    private static List<String> errorFields(HttpApi.Response response) {
        return response.json().path("errors").findValuesAsString("field");
    }

    private static List<String> texts(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    private static List<ConsumerRecord<String, String>> eventsOf(String measureId, String type, Duration wait) {
        return KafkaTestClient.readUntil(MEASURES_TOPIC, record -> measureId.equals(record.key())
                && type.equals(KafkaTestClient.header(record, "ce_type")), wait);
    }

    private String proposeWithoutMandate() {
        HttpApi.Response created = admin("mitte").post("/api/v1/measures", """
                {"title":"Schattenplätze","goal":"Mehr Schatten","type":"DECENTRAL"}""");
        assertThat(created.status()).isEqualTo(201);
        return created.field("id");
    }

    @Test
    void aMeasureCarriesItsStrategyAndMandateAndItsV2EventCarriesWhatReadersNeed() {
        String ideaId = IdeaStreams.knownPublishedIdea(mongo);
        HttpApi.Response created = admin("mitte").post("/api/v1/measures", """
                {"title":"Trinkbrunnen für alle","goal":"Wasser an heißen Tagen","type":"NETWORK",
                 "sourceIdeaId":"%s","participatingUnits":["pankow","central"],
                 "fieldsOfAction":["HEALTH","ENVIRONMENT_CLIMATE"],"guidingPrinciples":["COMMON_GOOD"],
                 "mandate":{"responsibleRole":"Leitung Grünflächenamt","budgetPlanned":120000.5,
                            "staffCapacityPersonDays":40,"competencesGranted":"Vergabe bis 10.000 EUR"}}"""
                .formatted(ideaId));

        assertThat(created.status()).isEqualTo(201);
        String id = created.field("id");
        HttpApi.Response read = api.get("/api/v1/measures/" + id);
        assertThat(texts(read.json().path("fieldsOfAction"))).containsExactly("HEALTH", "ENVIRONMENT_CLIMATE");
        assertThat(texts(read.json().path("guidingPrinciples"))).containsExactly("COMMON_GOOD");
        JsonNode mandate = read.json().path("mandate");
        assertThat(mandate.path("responsibleRole").asString()).isEqualTo("Leitung Grünflächenamt");
        assertThat(mandate.path("budgetPlanned").decimalValue()).isEqualByComparingTo("120000.50");
        assertThat(mandate.path("budgetSpent").decimalValue()).isEqualByComparingTo("0");
        assertThat(mandate.path("complete").asBoolean()).isTrue();
        assertThat(read.headers().firstValue("ETag")).contains("\"0\"");

        List<ConsumerRecord<String, String>> events = KafkaTestClient.readUntil(MEASURES_TOPIC,
                record -> id.equals(record.key()), Duration.ofSeconds(20));
        assertThat(events).extracting(record -> KafkaTestClient.header(record, "ce_type"))
                .containsExactly("berlin.gemeinsam.measure.proposed.v1", PROPOSED_V2,
                        "berlin.gemeinsam.measure.controlling-reported.v1");
        EventSchemas.assertValid(PROPOSED_V2, events.get(1).value());
        JsonNode data = JsonMapper.shared().readTree(events.get(1).value());
        assertThat(texts(data.path("participatingUnits"))).containsExactly("pankow", "central");
        assertThat(texts(data.path("fieldsOfAction"))).containsExactly("HEALTH", "ENVIRONMENT_CLIMATE");
        assertThat(texts(data.path("guidingPrinciples"))).containsExactly("COMMON_GOOD");
        assertThat(texts(data.path("linkedIdeaIds"))).containsExactly(ideaId);
    }

    @Test
    void theLeadUnitGrantsTheMandateWithIfMatchAndAStaleVersionIsRefused() {
        String id = proposeWithoutMandate();
        assertThat(api.get("/api/v1/measures/" + id).json().path("mandate").path("complete").asBoolean()).isFalse();
        String mandate = """
                {"responsibleRole":"Bezirksstadträtin","budgetPlanned":5000,"budgetSpent":1250.25,
                 "staffCapacityPersonDays":12.5,"competencesGranted":"Beauftragung von Gutachten"}""";

        HttpApi.Response granted = admin("mitte").send("PUT", "/api/v1/measures/" + id + "/mandate", mandate,
                Map.of("If-Match", "\"0\""));
        assertThat(granted.status()).isEqualTo(200);
        assertThat(granted.headers().firstValue("ETag")).contains("\"1\"");
        assertThat(granted.json().path("mandate").path("budgetSpent").decimalValue()).isEqualByComparingTo("1250.25");
        assertThat(granted.json().path("mandate").path("complete").asBoolean()).isTrue();

        HttpApi.Response stale = admin("mitte").send("PUT", "/api/v1/measures/" + id + "/mandate", mandate,
                Map.of("If-Match", "\"0\""));
        assertThat(stale.status()).isEqualTo(412);
        HttpApi.Response otherUnit = admin("pankow").send("PUT", "/api/v1/measures/" + id + "/mandate",
                mandate, Map.of());
        assertThat(otherUnit.status()).isEqualTo(403);
        assertThat(api.get("/api/v1/measures/" + id).headers().firstValue("ETag")).contains("\"1\"");
    }

    @Test
    void aLinkedIdeaIsAskedForItsAnswerOnceAndItsAdoptionIsKept() {
        String id = proposeWithoutMandate();
        String ideaId = IdeaStreams.knownPublishedIdea(mongo);

        HttpApi.Response linked = admin("mitte").post("/api/v1/measures/" + id + "/ideas", """
                {"ideaId":"%s"}""".formatted(ideaId.toUpperCase()));
        assertThat(linked.status()).isEqualTo(200);
        assertThat(linked.json().path("linkedIdeas").get(0).path("id").asString()).isEqualTo(ideaId);
        assertThat(linked.json().path("linkedIdeas").get(0).path("state").asString()).isEqualTo("PENDING");
        assertThat(admin("mitte").post("/api/v1/measures/" + id + "/ideas", """
                {"ideaId":"%s"}""".formatted(ideaId)).status()).isEqualTo(200);

        List<ConsumerRecord<String, String>> events = eventsOf(id, IDEA_LINKED, Duration.ofSeconds(20));
        assertThat(events).hasSize(1);
        EventSchemas.assertValid(IDEA_LINKED, events.get(0).value());
        assertThat(JsonMapper.shared().readTree(events.get(0).value()).path("ideaId").asString()).isEqualTo(ideaId);

        IdeaStreams.adopted(ideaId, "pankow", id, "mitte");
        await().atMost(Duration.ofSeconds(30)).until(() -> "ADOPTED".equals(api.get("/api/v1/measures/" + id).json()
                .path("linkedIdeas").get(0).path("state").asString()));
    }

    @Test
    void onlyTheLeadUnitLinksIdeasAndAnUnknownIdeaIsNotFound() {
        String id = proposeWithoutMandate();
        String ideaId = IdeaStreams.knownPublishedIdea(mongo);

        assertThat(admin("pankow").post("/api/v1/measures/" + id + "/ideas", """
                {"ideaId":"%s"}""".formatted(ideaId)).status()).isEqualTo(403);
        HttpApi.Response unknown = admin("mitte").post("/api/v1/measures/" + id + "/ideas", """
                {"ideaId":"%s"}""".formatted(UUID.randomUUID()));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(api.get("/api/v1/measures/" + id).json().path("linkedIdeas").isEmpty()).isTrue();
        assertThat(eventsOf(id, IDEA_LINKED, Duration.ofSeconds(3))).isEmpty();
    }

    @Test
    void badContentIsA400NamingEachFieldAndNothingIsStoredOrPublished() {
        long before = mongo.getCollection("measure").countDocuments();
        String title = "Abgelehnt " + UUID.randomUUID();

        HttpApi.Response badMandate = admin("mitte").post("/api/v1/measures", """
                {"title":"%s","goal":"g","type":"CENTRAL","mandate":{"budgetPlanned":-1,"budgetSpent":10.005,
                 "staffCapacityPersonDays":-3}}""".formatted(title));
        assertThat(badMandate.status()).isEqualTo(400);
        assertThat(errorFields(badMandate)).containsExactlyInAnyOrder("mandate.budgetPlanned", "mandate.budgetSpent",
                "mandate.staffCapacityPersonDays");

        HttpApi.Response unknownField = admin("mitte").post("/api/v1/measures", """
                {"title":"%s","goal":"g","type":"CENTRAL","fieldsOfAction":["WELTRAUM"]}""".formatted(title));
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(errorFields(unknownField)).singleElement().asString().startsWith("fieldsOfAction");

        HttpApi.Response notANumber = admin("mitte").post("/api/v1/measures", """
                {"title":"%s","goal":"g","type":"CENTRAL","mandate":{"budgetPlanned":"viel"}}""".formatted(title));
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(errorFields(notANumber)).singleElement().asString().contains("budgetPlanned");

        String id = proposeWithoutMandate();
        HttpApi.Response badLink = admin("mitte").post("/api/v1/measures/" + id + "/ideas", """
                {"ideaId":"idee-1"}""");
        assertThat(badLink.status()).isEqualTo(400);
        assertThat(errorFields(badLink)).containsExactly("ideaId");

        assertThat(mongo.getCollection("measure").countDocuments()).isEqualTo(before + 1);
        assertThat(mongo.getCollection("measure").countDocuments(new Document("title", title))).isZero();
        assertThat(api.get("/api/v1/measures/" + id).headers().firstValue("ETag")).contains("\"0\"");
    }

    @Test
    void theFieldsOfActionAndGuidingPrinciplesAreServedWithBothLabels() {
        HttpApi.Response categories = api.get("/api/v1/categories");
        HttpApi.Response principles = api.get("/api/v1/principles");

        assertThat(categories.json().findValuesAsString("id")).contains("MOBILITY", "HEALTH");
        assertThat(categories.json().get(1).path("labels").path("de").asString()).isEqualTo("Mobilität");
        assertThat(principles.json().findValuesAsString("id"))
                .containsExactly("COMMON_GOOD", "SUSTAINABILITY", "RESILIENCE", "COOPERATION", "OPENNESS");
        assertThat(principles.json().get(0).path("labels").path("en").asString()).isEqualTo("Common good");
    }
}
