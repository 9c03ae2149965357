package berlin.gemeinsam.measures.measure;

import berlin.gemeinsam.testsupport.EventSchemas;
import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.KafkaTestClient;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import berlin.gemeinsam.testsupport.TestIssuer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** The measure's lifecycle, milestones and indicators over the API, with their events and history. */
class MeasureLifecycleIntegrationTest extends ServiceApiTest {

    private static final String MEASURES_TOPIC = "gemeinsam.mitte.measures";
    private static final String HEALTH_CHANGED = "berlin.gemeinsam.measure.health-changed.v1";
    private static final String LESSONS = """
            {"lessonsLearned":{"whatWorked":"Beteiligung vor Ort","whatDidNotWork":"Lieferzeiten",
             "whatOthersShouldKnow":"Bänke früh bestellen"}}""";

    @Autowired
    MongoTemplate mongo;

    private final String admins = UUID.randomUUID().toString();

    /** Unit admins of this test's own, so that its many writes stay within the write limit of one client. */
    private HttpApi admin(String unit) {
        return api.withToken(TestIssuer.get().token("admin-" + unit + "-" + admins, List.of("UNIT_ADMIN"), unit,
                UnaryOperator.identity()));
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Europe/Berlin")).toString();
    }

    private static List<String> errorFields(HttpApi.Response response) {
        return response.json().path("errors").findValuesAsString("field");
    }

    private static String etag(HttpApi.Response response) {
        return response.headers().firstValue("ETag").orElseThrow();
    }

    private HttpApi.Response change(HttpApi as, String path, String body, String ifMatch) {
        return as.send("POST", path, body, ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch));
    }

    private String proposeWithMandate() {
        HttpApi.Response created = admin("mitte").post("/api/v1/measures", """
                {"title":"Bänke an der Spree","goal":"Mehr Aufenthaltsqualität","type":"NETWORK",
                 "participatingUnits":["pankow"],
                 "mandate":{"responsibleRole":"Amtsleitung","budgetPlanned":48000,"staffCapacityPersonDays":30,
                            "competencesGranted":"Vergabe bis 10.000 EUR"}}""");
        assertThat(created.status()).isEqualTo(201);
        return created.field("id");
    }

    /** A measure with a milestone and an indicator, ready to be planned; answers the indicator's id. */
    private String controlled(String id) {
        assertThat(admin("mitte").post("/api/v1/measures/" + id + "/milestones", """
                {"title":"Standorte abgestimmt","dueDate":"2099-03-01"}""").status()).isEqualTo(200);
        HttpApi.Response indicator = admin("mitte").post("/api/v1/measures/" + id + "/indicators", """
                {"name":"Neue Bänke","unitOfMeasurement":"Stück","baseline":0,"target":40,"targetDate":"2099-12-31",
                 "direction":"HIGHER_IS_BETTER"}""");
        assertThat(indicator.status()).isEqualTo(200);
        return indicator.json().path("indicators").get(0).path("id").asString();
    }

    @Test
    void aMeasureIsPlannedImplementedPilotedHeldResumedAndCompletedWithAnEventAndHistoryEntryEach() {
        String id = proposeWithMandate();
        HttpApi admin = admin("mitte");
        HttpApi.Response refused = change(admin, "/api/v1/measures/" + id + "/plan", null, null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text()).contains("PROPOSED");
        controlled(id);

        HttpApi.Response planned = change(admin, "/api/v1/measures/" + id + "/plan", null,
                etag(api.get("/api/v1/measures/" + id)));
        assertThat(planned.status()).isEqualTo(200);
        assertThat(planned.field("status")).isEqualTo("PLANNED");
        assertThat(change(admin, "/api/v1/measures/" + id + "/start-implementation", null, etag(planned)).status())
                .isEqualTo(200);
        HttpApi.Response stale = change(admin, "/api/v1/measures/" + id + "/start-pilot", null, etag(planned));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(change(admin, "/api/v1/measures/" + id + "/start-pilot", null, null).status()).isEqualTo(200);
        HttpApi.Response held = change(admin, "/api/v1/measures/" + id + "/hold", """
                {"reason":"Haushaltssperre"}""", null);
        assertThat(held.field("status")).isEqualTo("ON_HOLD");
        assertThat(held.field("heldFrom")).isEqualTo("PILOT");
        HttpApi.Response illegal = change(admin, "/api/v1/measures/" + id + "/complete", LESSONS, null);
        assertThat(illegal.status()).isEqualTo(409);
        assertThat(illegal.text()).contains("ON_HOLD").contains("resume");
        assertThat(change(admin, "/api/v1/measures/" + id + "/resume", null, null).field("status")).isEqualTo("PILOT");
        HttpApi.Response completed = change(admin, "/api/v1/measures/" + id + "/complete", LESSONS, null);
        assertThat(completed.status()).isEqualTo(200);
        assertThat(completed.field("status")).isEqualTo("COMPLETED");
        assertThat(completed.json().path("lessonsLearned").path("whatWorked").asString())
                .isEqualTo("Beteiligung vor Ort");

        JsonNode history = api.get("/api/v1/measures/" + id + "/history").json();
        assertThat(history.findValuesAsString("change")).containsExactly("propose", "plan", "start-implementation",
                "start-pilot", "hold", "resume", "complete");
        assertThat(history.get(4).path("from").asString()).isEqualTo("PILOT");
        assertThat(history.get(4).path("to").asString()).isEqualTo("ON_HOLD");
        assertThat(history.get(4).path("reason").asString()).isEqualTo("Haushaltssperre");
        assertThat(history.get(4).path("by").path("unit").asString()).isEqualTo("mitte");
        assertThat(history.get(4).path("by").path("role").asString()).isEqualTo("UNIT_ADMIN");
        assertThat(history.get(4).path("at").asString()).isNotBlank();

        List<String> transitions = List.of("berlin.gemeinsam.measure.planned.v1",
                "berlin.gemeinsam.measure.implementation-started.v1", "berlin.gemeinsam.measure.pilot-started.v1",
                "berlin.gemeinsam.measure.put-on-hold.v1", "berlin.gemeinsam.measure.resumed.v1",
                "berlin.gemeinsam.measure.completed.v1");
        List<ConsumerRecord<String, String>> events = KafkaTestClient.read(MEASURES_TOPIC,
                record -> id.equals(record.key()) && transitions.contains(KafkaTestClient.header(record, "ce_type")),
                transitions.size(), Duration.ofSeconds(30));
        assertThat(events).extracting(record -> KafkaTestClient.header(record, "ce_type"))
                .containsExactlyElementsOf(transitions);
        events.forEach(event -> EventSchemas.assertValid(KafkaTestClient.header(event, "ce_type"), event.value()));
        assertThat(JsonMapper.shared().readTree(events.get(5).value()).path("whatOthersShouldKnow").asString())
                .isEqualTo("Bänke früh bestellen");
    }

    @Test
    void indicatorsShowTheirLatestValueAndShareAndAnOverdueMilestoneChangesTheHealth() {
        String id = proposeWithMandate();
        String indicator = controlled(id);

        HttpApi.Response reported = admin("pankow").post("/api/v1/measures/" + id + "/indicators/" + indicator
                + "/values", """
                {"value":10,"date":"%s","source":"Zählung Pankow","note":"erste Lieferung"}""".formatted(today()));
        assertThat(reported.status()).isEqualTo(200);
        JsonNode shown = reported.json().path("indicators").get(0);
        assertThat(shown.path("latest").path("value").decimalValue()).isEqualByComparingTo("10");
        assertThat(shown.path("latest").path("reportedBy").asString()).isEqualTo("pankow");
        assertThat(shown.path("shareOfTheWay").decimalValue()).isEqualByComparingTo("0.25");
        assertThat(reported.json().path("health").asString()).isEqualTo("ON_TRACK");

        HttpApi.Response overdue = admin("mitte").post("/api/v1/measures/" + id + "/milestones", """
                {"title":"Ausschreibung","dueDate":"2020-01-31"}""");
        assertThat(overdue.json().path("milestones").get(1).path("overdue").asBoolean()).isTrue();
        assertThat(overdue.json().path("milestones").get(0).path("overdue").asBoolean()).isFalse();
        assertThat(overdue.json().path("health").asString()).isEqualTo("AT_RISK");
        // milestones 0 of 2, indicator a quarter of the way: (0 + 0.25) / 2
        assertThat(overdue.json().path("progress").asInt()).isEqualTo(13);

        List<ConsumerRecord<String, String>> changes = KafkaTestClient.readUntil(MEASURES_TOPIC,
                record -> id.equals(record.key())
                        && HEALTH_CHANGED.equals(KafkaTestClient.header(record, "ce_type")),
                Duration.ofSeconds(20));
        assertThat(changes).hasSize(1);
        EventSchemas.assertValid(HEALTH_CHANGED, changes.get(0).value());
        JsonNode data = JsonMapper.shared().readTree(changes.get(0).value());
        assertThat(data.path("previousHealth").asString()).isEqualTo("ON_TRACK");
        assertThat(data.path("health").asString()).isEqualTo("AT_RISK");
        assertThat(data.path("overdueMilestones").asInt()).isEqualTo(1);
    }

    @Test
    void theLeadUnitsAdminChangesEverythingAParticipatingUnitsAdminOnlyReportsValuesAndOthersNothing() {
        String id = proposeWithMandate();
        String indicator = controlled(id);
        String milestone = api.get("/api/v1/measures/" + id).json().path("milestones").get(0).path("id").asString();
        Map<String, String> mutations = Map.of(
                "POST /api/v1/measures/" + id + "/milestones", "{\"title\":\"t\",\"dueDate\":\"2099-01-01\"}",
                "PUT /api/v1/measures/" + id + "/milestones/" + milestone,
                "{\"title\":\"t\",\"dueDate\":\"2099-01-01\"}",
                "POST /api/v1/measures/" + id + "/indicators", """
                        {"name":"n","unitOfMeasurement":"u","baseline":1,"target":2,"targetDate":"2099-01-01",
                         "direction":"LOWER_IS_BETTER"}""",
                "PUT /api/v1/measures/" + id + "/mandate", "{\"responsibleRole\":\"r\"}",
                "POST /api/v1/measures/" + id + "/plan", "{}",
                "POST /api/v1/measures/" + id + "/hold", "{\"reason\":\"r\"}",
                "POST /api/v1/measures/" + id + "/resume", "{}",
                "POST /api/v1/measures/" + id + "/complete", LESSONS,
                "POST /api/v1/measures/" + id + "/discontinue", LESSONS);
        String value = "{\"value\":5,\"date\":\"2026-01-01\"}";
        String values = "/api/v1/measures/" + id + "/indicators/" + indicator + "/values";
        String etag = etag(api.get("/api/v1/measures/" + id));

        for (String unit : List.of("pankow", "spandau")) {
            for (Map.Entry<String, String> mutation : mutations.entrySet()) {
                String[] call = mutation.getKey().split(" ");
                assertThat(admin(unit).send(call[0], call[1], mutation.getValue(),
                        Map.of("Content-Type", "application/json")).status())
                        .as("%s by the unit admin of %s", mutation.getKey(), unit).isEqualTo(403);
            }
        }
        assertThat(asModerator("mitte").post(values, value).status()).isEqualTo(403);
        assertThat(admin("spandau").post(values, value).status()).isEqualTo(403);
        assertThat(etag(api.get("/api/v1/measures/" + id))).isEqualTo(etag);

        assertThat(admin("pankow").post(values, value).status()).isEqualTo(200);
        assertThat(admin("mitte").post(values, value).status()).isEqualTo(200);
        assertThat(admin("mitte").post("/api/v1/measures/" + id + "/plan", "{}").status()).isEqualTo(200);
    }

    @Test
    void badControllingInputIsA400NamingEachFieldAndChangesNothing() {
        String id = proposeWithMandate();
        String indicator = controlled(id);
        String etag = etag(api.get("/api/v1/measures/" + id));
        String tomorrow = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(2).toString();

        HttpApi.Response milestone = admin("mitte").post("/api/v1/measures/" + id + "/milestones", """
                {"title":"","dueDate":"01.03.2027","doneDate":"%s"}""".formatted(tomorrow));
        assertThat(milestone.status()).isEqualTo(400);
        assertThat(errorFields(milestone)).contains("dueDate");
        HttpApi.Response futureDone = admin("mitte").post("/api/v1/measures/" + id + "/milestones", """
                {"title":"","dueDate":"2027-03-01","doneDate":"%s"}""".formatted(tomorrow));
        assertThat(errorFields(futureDone)).containsExactlyInAnyOrder("title", "doneDate");

        HttpApi.Response sameTarget = admin("mitte").post("/api/v1/measures/" + id + "/indicators", """
                {"name":"Bänke","unitOfMeasurement":"Stück","baseline":5,"target":5.0,"targetDate":"2099-12-31",
                 "direction":"SIDEWAYS"}""");
        assertThat(sameTarget.status()).isEqualTo(400);
        assertThat(errorFields(sameTarget)).contains("direction");
        HttpApi.Response sameTargetOnly = admin("mitte").post("/api/v1/measures/" + id + "/indicators", """
                {"name":"Bänke","unitOfMeasurement":"Stück","baseline":5,"target":5.0,"targetDate":"2099-12-31",
                 "direction":"HIGHER_IS_BETTER"}""");
        assertThat(errorFields(sameTargetOnly)).containsExactly("target");

        HttpApi.Response value = admin("mitte").post("/api/v1/measures/" + id + "/indicators/" + indicator
                + "/values", """
                {"value":"viele","date":"%s"}""".formatted(tomorrow));
        assertThat(value.status()).isEqualTo(400);
        assertThat(errorFields(value)).contains("value");
        HttpApi.Response futureValue = admin("mitte").post("/api/v1/measures/" + id + "/indicators/"
                + indicator + "/values", """
                {"value":3,"date":"%s"}""".formatted(tomorrow));
        assertThat(errorFields(futureValue)).containsExactly("date");

        HttpApi.Response noLessons = admin("mitte").post("/api/v1/measures/" + id + "/discontinue", """
                {"lessonsLearned":{"whatWorked":"x","whatDidNotWork":""}}""");
        assertThat(noLessons.status()).isEqualTo(400);
        assertThat(errorFields(noLessons)).containsExactlyInAnyOrder("lessonsLearned.whatDidNotWork",
                "lessonsLearned.whatOthersShouldKnow");
        HttpApi.Response noReason = admin("mitte").post("/api/v1/measures/" + id + "/hold", "{}");
        assertThat(errorFields(noReason)).containsExactly("reason");

        assertThat(etag(api.get("/api/v1/measures/" + id))).isEqualTo(etag);
        // a change publishes its events at the version it brings the measure to: a refused one at none above
        long version = Long.parseLong(etag.replace("\"", ""));
        assertThat(KafkaTestClient.readUntil(MEASURES_TOPIC, record -> id.equals(record.key()), Duration.ofSeconds(3)))
                .extracting(record -> Long.parseLong(KafkaTestClient.header(record, "ce_sequence").split("\\.")[0]))
                .allMatch(changedTo -> changedTo <= version);
    }
}
