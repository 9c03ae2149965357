package berlin.gemeinsam.ideas.idea;

import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.KafkaTestClient;
import berlin.gemeinsam.testsupport.PublishedEvents;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The content of an idea: field of action, guiding principles, location, language, limits and no markup. */
class IdeaContentIntegrationTest extends ServiceApiTest {

    @Autowired
    MongoTemplate mongo;

    private long storedIdeas() {
        return mongo.getCollection("idea").countDocuments();
    }

    private HttpApi.Response submit(String json) {
        return asCitizen("c-content").post("/api/v1/ideas", json);
    }

    private static void assertRejected(HttpApi.Response answer, String field) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().path("errors").findValuesAsString("field")).as(answer.text()).containsExactly(field);
    }

    @Test
    void theFieldsOfActionAreServedWithGermanAndEnglishLabelsWithoutAToken() {
        HttpApi.Response categories = api.get("/api/v1/categories");

        assertThat(categories.status()).isEqualTo(200);
        assertThat(categories.json().findValuesAsString("id")).containsExactly("ADMINISTRATION", "MOBILITY",
                "ENVIRONMENT_CLIMATE", "EDUCATION", "HEALTH", "ECONOMY_WORK", "CULTURE", "PARTICIPATION_SOCIAL",
                "URBAN_DEVELOPMENT_HOUSING", "DIGITAL_INFRASTRUCTURE");
        assertThat(categories.json().get(2).path("labels").path("de").asString()).isEqualTo("Umwelt & Klima");
        assertThat(categories.json().get(2).path("labels").path("en").asString()).isEqualTo("Environment & climate");
    }

    @Test
    void anIdeaKeepsItsCategoryPrinciplesLocationAndLanguageAndItsPublicationNamesTheCategory() {
        HttpApi.Response created = submit("""
                {"title":"Radweg an der Torstraße","problem":"Auf der Torstraße gibt es keinen Radweg.",
                 "category":"MOBILITY","principles":["SUSTAINABILITY","COMMON_GOOD"],
                 "location":{"latitude":52.5290,"longitude":13.4010},"language":"de"}""");

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.field("id");
        HttpApi.Response read = asCitizen("c-content").get("/api/v1/ideas/" + id);
        assertThat(read.field("category")).isEqualTo("MOBILITY");
        assertThat(read.json().path("principles").valueStream().map(node -> node.asString()).toList())
                .containsExactly("COMMON_GOOD", "SUSTAINABILITY");
        assertThat(read.json().path("location").path("latitude").asDouble()).isEqualTo(52.5290);
        assertThat(read.json().path("location").path("longitude").asDouble()).isEqualTo(13.4010);
        assertThat(read.field("language")).isEqualTo("de");

        assertThat(asModerator("mitte").post("/api/v1/ideas/" + id + "/publish", "").status()).isEqualTo(200);
        List<ConsumerRecord<String, String>> events = KafkaTestClient.readUntil("gemeinsam.mitte.ideas",
                record -> id.equals(record.key()) && "berlin.gemeinsam.idea.published.v1".equals(
                        KafkaTestClient.header(record, "ce_type")), Duration.ofSeconds(20));
        assertThat(events).hasSize(1);
        PublishedEvents.assertCloudEvent(events.get(0), "berlin.gemeinsam.idea.published.v1", "mitte",
                "ideas-service");
        assertThat(events.get(0).value()).contains("\"category\":\"MOBILITY\"");
    }

    @Test
    void withoutLanguagePrinciplesOrLocationAnIdeaIsGermanServesNoPrincipleAndHasNoPlace() {
        HttpApi.Response created = submit("{\"title\":\"Ohne Angaben\",\"problem\":\"Nur ein Problem\"}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.field("language")).isEqualTo("de");
        assertThat(created.json().path("principles")).isEmpty();
        assertThat(created.json().path("location").isNull()).isTrue();
        assertThat(created.json().path("category").isNull()).isTrue();
    }

    @Test
    void anUnknownCategoryPrincipleOrLanguageIsA400NamingTheFieldAndNothingIsStored() {
        long before = storedIdeas();

        HttpApi.Response unknownCategory = submit("{\"title\":\"t\",\"problem\":\"p\",\"category\":\"Stadtraum\"}");
        assertRejected(unknownCategory, "category");
        assertThat(unknownCategory.json().path("errors").get(0).path("message").asString()).contains("MOBILITY");
        assertRejected(submit("{\"title\":\"t\",\"problem\":\"p\",\"principles\":[\"FREIHEIT\"]}"),
                "principles[0]");
        assertRejected(submit("{\"title\":\"t\",\"problem\":\"p\",\"language\":\"fr\"}"), "language");

        assertThat(storedIdeas()).isEqualTo(before);
    }

    @Test
    void aLocationOutsideBerlinOrWithoutACoordinateIsA400NamingTheField() {
        long before = storedIdeas();

        HttpApi.Response potsdam = asCitizen("c-content").inLanguage("en").post("/api/v1/ideas", """
                {"title":"t","problem":"p","location":{"latitude":52.3906,"longitude":13.0645}}""");
        assertRejected(potsdam, "location");
        assertThat(potsdam.json().path("errors").get(0).path("message").asString()).startsWith("is not in Berlin");
        assertRejected(submit("{\"title\":\"t\",\"problem\":\"p\",\"location\":{\"latitude\":52.52}}"),
                "location.longitude");
        assertRejected(submit("{\"title\":\"t\",\"problem\":\"p\",\"location\":{\"latitude\":\"Nord\","
                + "\"longitude\":13.4}}"), "location.latitude");

        assertThat(storedIdeas()).isEqualTo(before);
    }

    @Test
    void markupInTitleProblemOrProposalIsRejectedButALessThanSignIsText() {
        long before = storedIdeas();

        HttpApi.Response title = submit("{\"title\":\"<b>Laut</b>\",\"problem\":\"p\"}");
        assertRejected(title, "title");
        assertThat(title.json().path("errors").get(0).path("message").asString()).isEqualTo("darf kein HTML enthalten");
        assertRejected(submit("{\"title\":\"t\",\"problem\":\"<script>alert(1)</script>\"}"), "problem");
        assertRejected(submit("{\"title\":\"t\",\"problem\":\"p\",\"proposal\":\"a <!-- b -->\"}"), "proposal");
        assertThat(storedIdeas()).isEqualTo(before);

        HttpApi.Response text = submit("{\"title\":\"Weniger als 3 < 5\",\"problem\":\"Temperatur <30 Grad\"}");
        assertThat(text.status()).as(text.text()).isEqualTo(201);
    }

    @Test
    void aTitleOfMoreThan150CharactersIsRejected() {
        assertRejected(submit("{\"title\":\"" + "t".repeat(151) + "\",\"problem\":\"p\"}"), "title");
        assertThat(submit("{\"title\":\"" + "t".repeat(150) + "\",\"problem\":\"p\"}").status()).isEqualTo(201);
    }
}
