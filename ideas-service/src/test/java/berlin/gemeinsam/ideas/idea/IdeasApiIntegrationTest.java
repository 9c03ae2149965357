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
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class IdeasApiIntegrationTest extends ServiceApiTest {

    private static final String IDEAS_TOPIC = "gemeinsam.mitte.ideas";

    @Autowired
    MongoTemplate mongo;

    private String submit(String title) {
        HttpApi.Response created = asCitizen("citizen-7").post("/api/v1/ideas", """
                {"title":"%s","problem":"Am Spreeufer gibt es kaum Sitzplätze.","proposal":"Bänke aufstellen",
                 "category":"URBAN_DEVELOPMENT_HOUSING","authorId":"citizen-7"}""".formatted(title));
        assertThat(created.status()).isEqualTo(201);
        return created.field("id");
    }

    @Test
    void anIdeaIsSubmittedReadAndPublishedAndItsEventIsAValidCloudEventKeyedByTheIdea() {
        HttpApi.Response created = asCitizen("c-1").post("/api/v1/ideas", """
                {"title":"Bänke am Spreeufer","problem":"Am Spreeufer gibt es kaum Sitzplätze.","authorId":"c-1"}""");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.field("status")).isEqualTo("SUBMITTED");
        assertThat(created.location()).endsWith("/api/v1/ideas/" + created.field("id"));
        String id = created.field("id");
        HttpApi.Response read = asCitizen("c-1").get("/api/v1/ideas/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.field("problem")).isEqualTo("Am Spreeufer gibt es kaum Sitzplätze.");
        assertThat(read.json().path("supportCount").asLong()).isZero();

        HttpApi.Response published = asModerator("mitte").post("/api/v1/ideas/" + id + "/publish", "");
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.field("status")).isEqualTo("PUBLISHED");

        // v2 follows v1 in the same change (IdeaPublishedV2IntegrationTest)
        List<ConsumerRecord<String, String>> events = KafkaTestClient.readUntil(IDEAS_TOPIC,
                record -> id.equals(record.key()) && "berlin.gemeinsam.idea.published.v1".equals(
                        KafkaTestClient.header(record, "ce_type")), Duration.ofSeconds(20));
        assertThat(events).hasSize(1);
        ConsumerRecord<String, String> event = events.get(0);
        PublishedEvents.assertCloudEvent(event, "berlin.gemeinsam.idea.published.v1", "mitte", "ideas-service");
    }

    @Test
    void publishingTwiceIsAConflictThatSaysWhatIsAllowed() {
        String id = submit("Zweimal veröffentlichen");
        assertThat(asModerator("mitte").post("/api/v1/ideas/" + id + "/publish", "").status()).isEqualTo(200);

        HttpApi.Response again = asModerator("mitte").post("/api/v1/ideas/" + id + "/publish", "");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.field("currentState")).isEqualTo("PUBLISHED");
        assertThat(again.json().path("allowedChanges").get(0).asString()).isEqualTo("adopt");
        assertThat(again.field("detail")).contains("publish").contains("adopt");
    }

    @Test
    void badInputIsA400ProblemNamingEachFieldAndStoresNothing() {
        long before = mongo.getCollection("idea").countDocuments();

        HttpApi.Response missing = asCitizen("c-2").post("/api/v1/ideas", """
                {"title":"","proposal":"%s"}""".formatted("x".repeat(5001)));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.json().path("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("problem", "proposal", "title");

        HttpApi.Response wrongType = asCitizen("c-2").post("/api/v1/ideas", """
                {"title":"t","problem":{"nested":true}}""");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().path("errors").findValuesAsString("field")).containsExactly("problem");

        HttpApi.Response malformed = asCitizen("c-2").post("/api/v1/ideas", "{\"title\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.field("title")).isEqualTo("Unlesbare Anfrage");

        HttpApi.Response unknownStatus = api.get("/api/v1/ideas?status=VERSCHOLLEN");
        assertThat(unknownStatus.status()).isEqualTo(400);
        assertThat(unknownStatus.json().path("errors").findValuesAsString("field")).containsExactly("status");

        HttpApi.Response hugePage = api.get("/api/v1/ideas?size=1000");
        assertThat(hugePage.status()).isEqualTo(400);
        assertThat(hugePage.json().path("errors").findValuesAsString("field")).containsExactly("size");

        assertThat(mongo.getCollection("idea").countDocuments()).isEqualTo(before);
    }

    @Test
    void problemsSpeakEnglishWhenAskedTo() {
        HttpApi.Response missing = asCitizen("c-2").inLanguage("en").post("/api/v1/ideas", "{\"title\":\"t\"}");

        assertThat(missing.field("title")).isEqualTo("Invalid request");
        assertThat(missing.json().path("errors").get(0).path("message").asString()).isEqualTo("must not be blank");
    }

    @Test
    void unknownIdeasAreA404Problem() {
        HttpApi.Response unknown = api.get("/api/v1/ideas/" + UUID.randomUUID());

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.field("detail")).startsWith("Idee ");
        assertThat(asModerator("mitte").post("/api/v1/ideas/" + UUID.randomUUID() + "/publish", "").status()).isEqualTo(404);
    }

    @Test
    void aRepeatedSubmissionWithTheSameIdempotencyKeyReturnsTheSameIdea() {
        String body = "{\"title\":\"Einmalig\",\"problem\":\"Doppelte Ideen nerven\"}";
        String key = UUID.randomUUID().toString();

        HttpApi.Response first = asCitizen("c-3").post("/api/v1/ideas", body, "Idempotency-Key", key);
        HttpApi.Response second = asCitizen("c-3").post("/api/v1/ideas", body, "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.field("id")).isEqualTo(first.field("id"));
    }

    @Test
    void listsArePagedFilterByStatusAndShowUnpublishedIdeasOnlyToStaff() {
        String older = submit("Liste A");
        String newer = submit("Liste B");
        asModerator("mitte").post("/api/v1/ideas/" + newer + "/publish", "");

        HttpApi.Response page = asModerator("mitte").get("/api/v1/ideas?status=SUBMITTED&page=0&size=100");
        assertThat(page.status()).isEqualTo(200);
        List<String> ids = page.json().path("items").findValuesAsString("id");
        assertThat(ids).contains(older).doesNotContain(newer);
        assertThat(page.json().path("items").findValuesAsString("status")).containsOnly("SUBMITTED");

        // without a token only published ideas are listed
        assertThat(api.get("/api/v1/ideas?size=100").json().path("items").findValuesAsString("id"))
                .contains(newer).doesNotContain(older);
        assertThat(api.get("/api/v1/ideas?status=SUBMITTED").json().path("items")).isEmpty();

        HttpApi.Response firstOfAll = asModerator("mitte").get("/api/v1/ideas?size=1");
        assertThat(firstOfAll.json().path("items")).hasSize(1);
        assertThat(firstOfAll.json().path("totalItems").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(firstOfAll.json().path("totalPages").asLong()).isEqualTo(firstOfAll.json().path("totalItems").asLong());
    }

}
