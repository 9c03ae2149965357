package berlin.gemeinsam.measures.measure;

import berlin.gemeinsam.measures.measure.application.DailyControlling;
import berlin.gemeinsam.measures.measure.application.Measures;
import berlin.gemeinsam.testsupport.EventSchemas;
import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.KafkaTestClient;
import berlin.gemeinsam.testsupport.MovableClock;
import berlin.gemeinsam.testsupport.PublishedEvents;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import berlin.gemeinsam.testsupport.TestIssuer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reviews and the review interval over the API, and the daily catch-up with the day on the service's clock, moved
 * forward: two instances at once publish each health change and each overdue review once.
 */
class MeasureReviewIntegrationTest extends ServiceApiTest {

    private static final String MEASURES_TOPIC = "gemeinsam.mitte.measures";
    private static final String REVIEWED = "berlin.gemeinsam.measure.reviewed.v1";
    private static final String REVIEW_DUE = "berlin.gemeinsam.measure.review-due.v1";
    private static final String HEALTH_CHANGED = "berlin.gemeinsam.measure.health-changed.v1";
    private static final String REPORTED = "berlin.gemeinsam.measure.controlling-reported.v1";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    MovableClock clock;

    @Autowired
    Measures measures;

    private final String admins = UUID.randomUUID().toString();

    @AfterEach
    void backToTheRealTime() {
        clock.reset();
    }

    private HttpApi admin(String unit) {
        return api.withToken(TestIssuer.get().token("admin-" + unit + "-" + admins, List.of("UNIT_ADMIN"), unit,
                UnaryOperator.identity()));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), BERLIN);
    }

    private static String etag(HttpApi.Response response) {
        return response.headers().firstValue("ETag").orElseThrow();
    }

    private static String type(ConsumerRecord<String, String> record) {
        return KafkaTestClient.header(record, "ce_type");
    }

    private static JsonNode data(ConsumerRecord<String, String> record) {
        return JsonMapper.shared().readTree(record.value());
    }

    /** A planned measure with one milestone and one indicator (baseline 0, target 40); answers its id. */
    private String planned(String proposal, LocalDate milestoneDue, LocalDate targetDate) {
        HttpApi.Response created = admin("mitte").post("/api/v1/measures", proposal);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.field("id");
        assertThat(admin("mitte").post("/api/v1/measures/" + id + "/milestones", """
                {"title":"Standorte abgestimmt","dueDate":"%s"}""".formatted(milestoneDue)).status()).isEqualTo(200);
        assertThat(admin("mitte").post("/api/v1/measures/" + id + "/indicators", """
                {"name":"Neue Bänke","unitOfMeasurement":"Stück","baseline":0,"target":40,"targetDate":"%s",
                 "direction":"HIGHER_IS_BETTER"}""".formatted(targetDate)).status()).isEqualTo(200);
        assertThat(admin("mitte").post("/api/v1/measures/" + id + "/plan", "{}").status()).isEqualTo(200);
        return id;
    }

    private static String proposal(String extra) {
        return """
                {"title":"Bänke an der Spree","goal":"Mehr Aufenthaltsqualität","type":"DECENTRAL"%s,
                 "mandate":{"responsibleRole":"Amtsleitung","budgetPlanned":48000,"staffCapacityPersonDays":30,
                            "competencesGranted":"Vergabe bis 10.000 EUR"}}""".formatted(extra);
    }

    @Test
    void aReviewChangesATargetOverridesTheHealthAndIsListedInTheHistoryAndPublished() {
        LocalDate today = today();
        String id = planned(proposal(""), today.plusYears(1), today.plusYears(2));
        String indicator = api.get("/api/v1/measures/" + id).json().path("indicators").get(0).path("id").asString();
        String planned = etag(api.get("/api/v1/measures/" + id));

        HttpApi.Response first = admin("mitte").send("POST", "/api/v1/measures/" + id + "/reviews", """
                {"date":"%s","assessment":"Lieferverzug","decisions":"Zweiter Lieferant","lessons":"Früher bestellen",
                 "changedTargets":[{"indicatorId":"%s","newTarget":30,"newTargetDate":"%s"}],
                 "healthOverride":{"health":"AT_RISK","reason":"Lieferant unsicher"}}"""
                .formatted(today.minusDays(1), indicator, today.plusYears(3)), Map.of("If-Match", planned));

        assertThat(first.status()).as(first.text()).isEqualTo(200);
        assertThat(etag(first)).isNotEqualTo(planned);
        assertThat(first.field("health")).isEqualTo("AT_RISK");
        assertThat(first.field("derivedHealth")).isEqualTo("ON_TRACK");
        assertThat(first.json().path("healthOverride").path("reason").asString()).isEqualTo("Lieferant unsicher");
        assertThat(first.json().path("indicators").get(0).path("target").decimalValue()).isEqualByComparingTo("30");
        assertThat(first.field("nextReviewDue")).isEqualTo(today.minusDays(1).plusMonths(6).toString());
        assertThat(admin("mitte").send("POST", "/api/v1/measures/" + id + "/reviews", """
                {"date":"%s","assessment":"a","decisions":"d","lessons":"l"}""".formatted(today),
                Map.of("If-Match", planned)).status()).as("a stale If-Match").isEqualTo(412);
        HttpApi.Response second = admin("mitte").post("/api/v1/measures/" + id + "/reviews", """
                {"date":"%s","assessment":"Geliefert","decisions":"Weiter so","lessons":"Geduld"}""".formatted(today));
        assertThat(second.field("health")).as("the next review lifts the override").isEqualTo("ON_TRACK");
        assertThat(second.json().path("healthOverride").isNull()).isTrue();
        assertThat(admin("pankow").post("/api/v1/measures/" + id + "/reviews", """
                {"date":"%s","assessment":"a","decisions":"d","lessons":"l"}""".formatted(today)).status())
                .isEqualTo(403);

        JsonNode reviews = api.get("/api/v1/measures/" + id + "/reviews").json();
        assertThat(reviews.findValuesAsString("assessment")).containsExactly("Geliefert", "Lieferverzug");
        JsonNode changed = reviews.get(1).path("changedTargets").get(0);
        assertThat(changed.path("previousTarget").decimalValue()).isEqualByComparingTo("40");
        assertThat(changed.path("newTarget").decimalValue()).isEqualByComparingTo("30");
        assertThat(reviews.get(1).path("healthOverride").path("health").asString()).isEqualTo("AT_RISK");
        assertThat(api.get("/api/v1/measures/" + id + "/history").json().findValuesAsString("change"))
                .containsExactly("propose", "plan", "review", "review");

        List<ConsumerRecord<String, String>> events = KafkaTestClient.read(MEASURES_TOPIC,
                record -> id.equals(record.key()) && Set.of(REVIEWED, HEALTH_CHANGED, REPORTED).contains(type(record)),
                10, Duration.ofSeconds(30));
        List<ConsumerRecord<String, String>> afterPlanning = events.subList(events.size() - 6, events.size());
        assertThat(afterPlanning).extracting(MeasureReviewIntegrationTest::type).containsExactly(REVIEWED,
                HEALTH_CHANGED, REPORTED, REVIEWED, HEALTH_CHANGED, REPORTED);
        afterPlanning.forEach(event -> EventSchemas.assertValid(type(event), event.value()));
        PublishedEvents.assertCloudEvent(afterPlanning.get(0), REVIEWED, "mitte", "measures-service");
        assertThat(data(afterPlanning.get(0)).path("changedTargets").get(0).path("previousTarget").decimalValue())
                .isEqualByComparingTo("40");
        assertThat(data(afterPlanning.get(1)).path("health").asString()).isEqualTo("AT_RISK");
        assertThat(data(afterPlanning.get(2)).path("health").asString()).isEqualTo("AT_RISK");
        assertThat(data(afterPlanning.get(2)).path("nextReviewDue").asString())
                .isEqualTo(today.minusDays(1).plusMonths(6).toString());
        assertThat(data(afterPlanning.get(5)).path("nextReviewDue").asString())
                .isEqualTo(today.plusMonths(6).toString());
    }

    @Test
    void onlyPlannedAndRunningMeasuresAreReviewedAndTheIntervalIsTheMeasuresOwn() {
        HttpApi.Response proposed = admin("mitte").post("/api/v1/measures", proposal(",\"reviewInterval\":\"P3M\""));
        assertThat(proposed.field("reviewInterval")).isEqualTo("P3M");
        assertThat(proposed.json().path("nextReviewDue").isNull()).isTrue();
        HttpApi.Response refused = admin("mitte").post("/api/v1/measures/" + proposed.field("id") + "/reviews", """
                {"date":"%s","assessment":"a","decisions":"d","lessons":"l"}""".formatted(today()));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text()).contains("PROPOSED").contains("plan");

        LocalDate today = today();
        String id = planned(proposal(",\"reviewInterval\":\"P3M\""), today.plusYears(1), today.plusYears(2));
        assertThat(api.get("/api/v1/measures/" + id).field("nextReviewDue")).isEqualTo(today.plusMonths(3).toString());
        HttpApi.Response changed = admin("mitte").send("PUT", "/api/v1/measures/" + id + "/review-interval",
                "{\"reviewInterval\":\"P1Y\"}", Map.of("If-Match", etag(api.get("/api/v1/measures/" + id))));
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(changed.field("nextReviewDue")).isEqualTo(today.plusYears(1).toString());
        assertThat(admin("pankow").send("PUT", "/api/v1/measures/" + id + "/review-interval",
                "{\"reviewInterval\":\"P1M\"}", Map.of()).status()).isEqualTo(403);
        String review = "{\"date\":\"%s\",\"assessment\":\"a\",\"decisions\":\"d\",\"lessons\":\"l\"}"
                .formatted(today);
        assertThat(asModerator("mitte").post("/api/v1/measures/" + id + "/reviews", review).status()).isEqualTo(403);
        assertThat(asCentralOffice().post("/api/v1/measures/" + id + "/reviews", review).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/measures/" + id + "/reviews", review).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/measures/" + id + "/reviews").json()).as("nothing was reviewed").isEmpty();
    }

    /** Two instances' runs of the daily catch-up, started together, each an instance of its own on the same store. */
    private List<Integer> twoInstancesAtOnce() throws Exception {
        List<DailyControlling> instances = List.of(new DailyControlling(measures, clock),
                new DailyControlling(measures, clock));
        CyclicBarrier together = new CyclicBarrier(2);
        List<Callable<Integer>> runs = instances.stream().<Callable<Integer>>map(instance -> () -> {
            together.await();
            return instance.catchUpWithToday();
        }).toList();
        List<Integer> changed = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (Future<Integer> counted : threads.invokeAll(runs)) {
                changed.add(counted.get());
            }
        } finally {
            threads.shutdown();
        }
        return changed;
    }

    @Test
    void daysPassingChangeTheHealthAndAnnounceOverdueReviewsOnceEvenByTwoInstancesAtOnce() throws Exception {
        LocalDate planningDay = today();
        String overdueMilestone = planned(proposal(""), planningDay.plusDays(10), planningDay.plusYears(2));
        String missedTarget = planned(proposal(""), planningDay.plusYears(2), planningDay.plusDays(20));
        List<String> mine = List.of(overdueMilestone, missedTarget);

        clock.advance(Duration.ofDays(200));
        List<Integer> changedByEach = twoInstancesAtOnce();
        assertThat(changedByEach.get(0) + changedByEach.get(1)).isGreaterThanOrEqualTo(mine.size());
        assertThat(api.get("/api/v1/measures/" + overdueMilestone).field("health")).isEqualTo("AT_RISK");
        assertThat(api.get("/api/v1/measures/" + missedTarget).field("health")).isEqualTo("OFF_TRACK");
        // a review after the runs: its event follows whatever they published on the measure's partition
        for (String id : mine) {
            assertThat(admin("mitte").post("/api/v1/measures/" + id + "/reviews", """
                    {"date":"%s","assessment":"Überfällig","decisions":"Nachholen","lessons":"Termine halten"}"""
                    .formatted(today())).status()).isEqualTo(200);
        }

        List<ConsumerRecord<String, String>> events = KafkaTestClient.read(MEASURES_TOPIC,
                record -> mine.contains(record.key()) && Set.of(REVIEW_DUE, HEALTH_CHANGED, REVIEWED)
                        .contains(type(record)), 3 * mine.size(), Duration.ofSeconds(30));
        LocalDate due = planningDay.plusMonths(6);
        for (String id : mine) {
            List<ConsumerRecord<String, String>> ofMeasure = events.stream().filter(record -> id.equals(record.key()))
                    .toList();
            assertThat(ofMeasure).as("events of %s", id).extracting(MeasureReviewIntegrationTest::type)
                    .containsExactly(HEALTH_CHANGED, REVIEW_DUE, REVIEWED);
            ofMeasure.forEach(event -> EventSchemas.assertValid(type(event), event.value()));
            PublishedEvents.assertCloudEvent(ofMeasure.get(1), REVIEW_DUE, "mitte", "measures-service");
            assertThat(data(ofMeasure.get(1)).path("dueDate").asString()).isEqualTo(due.toString());
            assertThat(data(ofMeasure.get(1)).path("reviewInterval").asString()).isEqualTo("P6M");
        }
        assertThat(data(events.stream().filter(record -> overdueMilestone.equals(record.key())).findFirst()
                .orElseThrow()).path("health").asString()).isEqualTo("AT_RISK");
        assertThat(data(events.stream().filter(record -> missedTarget.equals(record.key())).findFirst()
                .orElseThrow()).path("health").asString()).isEqualTo("OFF_TRACK");
        List<ConsumerRecord<String, String>> snapshots = KafkaTestClient.readUntil(MEASURES_TOPIC,
                record -> missedTarget.equals(record.key()) && REPORTED.equals(type(record))
                        && data(record).path("health").asString().equals("OFF_TRACK"), Duration.ofSeconds(10));
        assertThat(snapshots).isNotEmpty();
    }
}
