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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
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

    @Test
    void aReviewIntervalThatIsNoPeriodOfADayToTwoYearsIsRejectedNamingIt() {
        for (String interval : List.of("\"P0D\"", "\"P2Y1D\"", "\"-P6M\"", "\"PT12H\"", "\"sechs Monate\"", "6")) {
            HttpApi.Response refused = propose("""
                    {"title":"Intervall","goal":"%s","type":"DECENTRAL","reviewInterval":%s}"""
                    .formatted(marker, interval));
            assertRejected(refused, "reviewInterval");
        }
        assertThat(asUnitAdmin("mitte").inLanguage("en").post("/api/v1/measures", """
                {"title":"Intervall","goal":"%s","type":"DECENTRAL","reviewInterval":"P3Y"}""".formatted(marker))
                .json().path("errors").get(0).path("message").asString())
                .isEqualTo("must be an ISO 8601 period between one day and two years (e.g. P6M)");

        assertNothingStoredOrPublished();
    }

    @Test
    void aBadReviewIsRejectedNamingEachFieldAndNeitherStoredNorPublished() {
        String id = propose("""
                {"title":"Zu prüfen","goal":"Eine Revision","type":"DECENTRAL",
                 "mandate":{"responsibleRole":"Amtsleitung","budgetPlanned":1000,"staffCapacityPersonDays":3,
                            "competencesGranted":"Vergabe"}}""").field("id");
        String measure = "/api/v1/measures/" + id;
        assertThat(asUnitAdmin("mitte").post(measure + "/milestones", """
                {"title":"Start","dueDate":"2099-01-01"}""").status()).isEqualTo(200);
        String indicator = asUnitAdmin("mitte").post(measure + "/indicators", """
                {"name":"Bänke","unitOfMeasurement":"Stück","baseline":5,"target":10,"targetDate":"2099-01-01",
                 "direction":"HIGHER_IS_BETTER"}""").json().path("indicators").get(0).path("id").asString();
        String planned = asUnitAdmin("mitte").post(measure + "/plan", "{}").headers().firstValue("ETag").orElseThrow();
        String today = LocalDate.now(ZoneId.of("Europe/Berlin")).toString();
        String tomorrow = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(2).toString();

        HttpApi.Response several = asUnitAdmin("mitte").post(measure + "/reviews", """
                {"date":"%s","assessment":"","decisions":"%s","lessons":"l",
                 "changedTargets":[{"indicatorId":"%s"}],"healthOverride":{"health":"AT_RISK"}}"""
                .formatted(tomorrow, marker, indicator));
        assertThat(several.status()).isEqualTo(400);
        assertThat(several.json().path("errors").findValuesAsString("field")).containsExactlyInAnyOrder("date",
                "assessment", "changedTargets[0].newTarget", "healthOverride.reason");
        assertRejected(asUnitAdmin("mitte").post(measure + "/reviews", """
                {"date":"01.03.2026","assessment":"a","decisions":"%s","lessons":"l"}""".formatted(marker)), "date");
        assertRejected(asUnitAdmin("mitte").post(measure + "/reviews", """
                {"date":"%s","assessment":"a","decisions":"%s","lessons":"l",
                 "healthOverride":{"health":"PRIMA","reason":"r"}}""".formatted(today, marker)),
                "healthOverride.health");
        HttpApi.Response baseline = asUnitAdmin("mitte").post(measure + "/reviews", """
                {"date":"%s","assessment":"a","decisions":"%s","lessons":"l",
                 "changedTargets":[{"indicatorId":"%s","newTarget":8},{"indicatorId":"%s","newTarget":5.00}]}"""
                .formatted(today, marker, indicator, indicator));
        assertRejected(baseline, "changedTargets[1].newTarget");
        assertThat(baseline.json().path("errors").get(0).path("message").asString())
                .isEqualTo("muss sich vom Ausgangswert unterscheiden");
        HttpApi.Response unknown = asUnitAdmin("mitte").post(measure + "/reviews", """
                {"date":"%s","assessment":"a","decisions":"%s","lessons":"l",
                 "changedTargets":[{"indicatorId":"kein-indikator","newTarget":8}]}""".formatted(today, marker));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("errors").findValuesAsString("field"))
                .containsExactly("changedTargets[0].indicatorId");
        assertRejected(asUnitAdmin("mitte").send("PUT", measure + "/review-interval", "{\"reviewInterval\":\"P0M\"}",
                Map.of()), "reviewInterval");

        assertThat(api.get(measure).headers().firstValue("ETag")).contains(planned);
        assertThat(api.get(measure + "/reviews").json()).isEmpty();
        String sentinel = "sentinel-" + UUID.randomUUID();
        assertThat(asUnitAdmin("mitte").post(measure + "/reviews", """
                {"date":"%s","assessment":"a","decisions":"%s","lessons":"l"}""".formatted(today, sentinel))
                .status()).isEqualTo(200);
        List<ConsumerRecord<String, String>> reviewed = KafkaTestClient.readUntil(MEASURES_TOPIC,
                record -> id.equals(record.key())
                        && "berlin.gemeinsam.measure.reviewed.v1".equals(KafkaTestClient.header(record, "ce_type")),
                Duration.ofSeconds(30));
        assertThat(reviewed).extracting(ConsumerRecord::value).singleElement().asString().contains(sentinel);
    }
}
