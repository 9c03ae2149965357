package berlin.gemeinsam.measures.web;

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

/** Input that used to slip through: each is a 400 problem naming the field; nothing is stored or published. */
class BadInputIntegrationTest extends ServiceApiTest {

    private static final String MEASURES_TOPIC = "gemeinsam.mitte.measures";

    @Autowired
    MongoTemplate mongo;

    /** Every bad request of a test carries this as its goal or title, so an event of one of them would show it. */
    private final String marker = "marker-" + UUID.randomUUID();

    private HttpApi.Response propose(String json) {
        return asUnitAdmin("mitte").post("/api/v1/measures", json);
    }

    private long storedMarked() {
        return mongo.getCollection("measure").countDocuments(new Document("goal", marker))
                + mongo.getCollection("measure").countDocuments(new Document("title", marker));
    }

    private static void assertRejected(HttpApi.Response answer, String field) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().path("errors").findValuesAsString("field")).as(answer.text()).containsExactly(field);
    }

    /**
     * Nothing marked was stored, and no marked event was published: a good measure proposed after the bad requests
     * is the only event of either kind that arrives (the relay publishes what was written earlier no later).
     */
    private void assertNothingStoredOrPublished() {
        assertThat(storedMarked()).isZero();
        String sentinel = "sentinel-" + UUID.randomUUID();
        assertThat(propose("""
                {"title":"Wächter","goal":"%s","type":"DECENTRAL"}""".formatted(sentinel)).status()).isEqualTo(201);
        List<ConsumerRecord<String, String>> events = KafkaTestClient.readUntil(MEASURES_TOPIC,
                record -> (record.value().contains(sentinel) || record.value().contains(marker))
                        && "berlin.gemeinsam.measure.proposed.v1".equals(KafkaTestClient.header(record, "ce_type")),
                Duration.ofSeconds(30));
        assertThat(events).extracting(ConsumerRecord::value).singleElement().asString().contains(sentinel);
    }

    @Test
    void aPropertyGivenTwiceIsRejectedNamingItRatherThanTheLastOneWinning() {
        HttpApi.Response twice = propose("""
                {"title":"Titel","goal":"%s","type":"CENTRAL","type":"DECENTRAL"}""".formatted(marker));

        assertRejected(twice, "type");
        assertThat(twice.json().path("errors").get(0).path("message").asString()).isEqualTo("kommt mehrfach vor");
        assertNothingStoredOrPublished();
    }

    @Test
    void numbersAndBooleansAreNoTextAndEnumsAreNamedNotNumbered() {
        assertRejected(propose("""
                {"title":12345,"goal":"%s","type":"DECENTRAL"}""".formatted(marker)), "title");
        assertRejected(propose("""
                {"title":false,"goal":"%s","type":"DECENTRAL"}""".formatted(marker)), "title");
        HttpApi.Response ordinal = propose("""
                {"title":"Nummer","goal":"%s","type":1}""".formatted(marker));
        assertRejected(ordinal, "type");
        assertThat(ordinal.json().path("errors").get(0).path("message").asString()).contains("CENTRAL, DECENTRAL, NETWORK");
        assertRejected(propose("""
                {"title":"Nummer als Text","goal":"%s","type":"2"}""".formatted(marker)), "type");

        assertNothingStoredOrPublished();
    }

    @Test
    void textsWithControlCharactersHalfCharactersOrNothingVisibleAreRejected() {
        assertRejected(propose("""
                {"title":"A\\u0000B","goal":"%s","type":"DECENTRAL"}""".formatted(marker)), "title");
        assertRejected(propose("""
                {"title":"Zeilen\\nim Titel","goal":"%s","type":"DECENTRAL"}""".formatted(marker)), "title");
        assertRejected(propose("""
                {"title":"\\uDC00","goal":"%s","type":"DECENTRAL"}""".formatted(marker)), "title");
        assertRejected(propose("""
                {"title":"\\u200B","goal":"%s","type":"DECENTRAL"}""".formatted(marker)), "title");
        assertRejected(propose("""
                {"title":"%s","goal":"\\u00A0","type":"DECENTRAL"}""".formatted(marker)), "goal");

        assertNothingStoredOrPublished();
    }

    @Test
    void aPageFarBeyondTheLastIsEmptyRatherThanTheFirst() {
        assertThat(propose("{\"title\":\"Seite\",\"goal\":\"Es gibt Maßnahmen\",\"type\":\"CENTRAL\"}").status())
                .isEqualTo(201);

        HttpApi.Response far = api.get("/api/v1/measures?page=2147483647&size=100");

        assertThat(far.status()).isEqualTo(200);
        assertThat(far.json().path("items")).isEmpty();
        assertThat(far.json().path("totalItems").asLong()).isPositive();
    }

    @Test
    void anIdempotencyKeyReusedWithAnotherRequestIsA422AndTheOtherRequestIsNeitherStoredNorPublished() {
        String key = UUID.randomUUID().toString();
        HttpApi.Response created = asUnitAdmin("mitte").post("/api/v1/measures", """
                {"title":"Erste Fassung","goal":"Ein Ziel","type":"DECENTRAL"}""", "Idempotency-Key", key);
        assertThat(created.status()).isEqualTo(201);

        HttpApi.Response reused = asUnitAdmin("mitte").post("/api/v1/measures", """
                {"title":"Zweite Fassung","goal":"%s","type":"DECENTRAL"}""".formatted(marker), "Idempotency-Key", key);

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.contentType()).startsWith("application/problem+json");
        assertThat(asUnitAdmin("mitte").inLanguage("en").post("/api/v1/measures", """
                {"title":"Dritte Fassung","goal":"%s","type":"DECENTRAL"}""".formatted(marker), "Idempotency-Key", key)
                .field("title")).isEqualTo("Idempotency-Key already used");
        assertThat(api.get("/api/v1/measures/" + created.field("id")).field("title")).isEqualTo("Erste Fassung");
        assertNothingStoredOrPublished();
    }

    @Test
    void aBlankIdempotencyKeyIsA400NamingTheHeader() {
        HttpApi.Response empty = asUnitAdmin("mitte").post("/api/v1/measures", """
                {"title":"Leerer Schlüssel","goal":"%s","type":"DECENTRAL"}""".formatted(marker), "Idempotency-Key", "");

        assertRejected(empty, "Idempotency-Key");
        assertNothingStoredOrPublished();
    }
}
