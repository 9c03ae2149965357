package berlin.gemeinsam.measures.portfolio;

import berlin.gemeinsam.events.measures.MeasureControllingReported;
import berlin.gemeinsam.events.measures.MeasureControllingReported.ReportedIndicator;
import berlin.gemeinsam.events.measures.MeasureControllingReported.ReportedMilestone;
import berlin.gemeinsam.measures.export.application.MeasureExport;
import berlin.gemeinsam.platform.ids.TimeOrderedIds;
import berlin.gemeinsam.platform.paging.Cursor;
import berlin.gemeinsam.testsupport.EventSchemas;
import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.KafkaTestClient;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The central instance fed with units' measures streams: each measure's controlling reports as the units' outboxes
 * write them (with their sequence), some delivered twice, some after a newer one, as a relay that sent again or a
 * consumer that read again would deliver them. The portfolio, its list and the export are read through the API.
 */
@TestPropertySource(properties = "gemeinsam.unit=central")
class PortfolioIntegrationTest extends ServiceApiTest {

    private static final String TYPE = "berlin.gemeinsam.measure.controlling-reported.v1";
    private static final Duration DELIVERY = Duration.ofSeconds(30);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    Clock clock;

    /** One report of a unit's measure, with the id and sequence its outbox gave it. */
    private record Report(String eventId, MeasureControllingReported event, String sequence) {

        /**
         * Sends it (again, when sent before) as a relay does, but keyed by its unit rather than its measure: all of a
         * unit's reports share a partition, so one sent last is handled after every other of the unit (a relay's key,
         * the measure, keeps only each measure's order, all the portfolio relies on).
         */
        Report send() {
            String data = JsonMapper.shared().writeValueAsString(event);
            EventSchemas.assertValid(TYPE, data);
            Map<String, String> headers = new HashMap<>(KafkaTestClient.cloudEventHeaders(eventId,
                    "/units/" + event.unit() + "/measures-service", TYPE, event.measureId(), event.unit()));
            if (sequence != null) {
                headers.put("ce_sequence", sequence);
            }
            KafkaTestClient.send("gemeinsam." + event.unit() + ".measures", event.unit(),
                    data.getBytes(StandardCharsets.UTF_8), headers);
            return this;
        }

        /** The same report under another event id: as if a consumer's record of handled events were lost. */
        Report again() {
            return new Report(UUID.randomUUID().toString(), event, sequence);
        }
    }

    /** A measure as its unit reports it; each change of it makes the next report. */
    private static final class Measure {

        final String id = TimeOrderedIds.random(Instant.now());
        final String unit;
        String title;
        String type = "DECENTRAL";
        String status = "PROPOSED";
        String health = "ON_TRACK";
        int progress;
        List<String> fields = List.of();
        BigDecimal planned;
        BigDecimal spent = new BigDecimal("0.00");
        List<ReportedMilestone> milestones = List.of();
        List<ReportedIndicator> indicators = List.of();
        LocalDate nextReviewDue;

        Measure(String unit, String title) {
            this.unit = unit;
            this.title = title;
        }

        Report reportAt(long version) {
            return report(String.format("%019d.%04d", version, 1));
        }

        Report report(String sequence) {
            return new Report(UUID.randomUUID().toString(), new MeasureControllingReported(id, unit, title, type,
                    status, List.of("pankow"), fields, health, progress, planned, spent, milestones, indicators,
                    nextReviewDue, Instant.now()), sequence);
        }
    }

    private static ReportedMilestone milestone(String title, LocalDate due, LocalDate done) {
        return new ReportedMilestone(UUID.randomUUID().toString(), title, due, done);
    }

    private static ReportedIndicator indicator(String name, boolean reached) {
        return new ReportedIndicator(UUID.randomUUID().toString(), name, "%", new BigDecimal("10"),
                new BigDecimal("50"), LocalDate.of(2027, 12, 31), "HIGHER_IS_BETTER",
                reached ? new BigDecimal("55") : new BigDecimal("20"), LocalDate.of(2026, 6, 1), reached);
    }

    private static BigDecimal euros(String amount) {
        return new BigDecimal(amount);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), BERLIN);
    }

    private JsonNode portfolio(String query) {
        HttpApi.Response answer = api.get("/api/v1/portfolio" + query);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer.json();
    }

    private List<JsonNode> listed(String query) {
        HttpApi.Response answer = api.get("/api/v1/portfolio/measures?" + query);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        answer.json().path("items").forEach(items::add);
        return items;
    }

    private static List<String> ids(List<JsonNode> items) {
        return items.stream().map(item -> item.path("id").asString()).toList();
    }

    private static List<String> ids(JsonNode items, String idField) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.path(idField).asString()));
        return ids;
    }

    @Test
    void twoUnitsStreamsWithDuplicatesAndReorderingEndInTheRightPortfolio() {
        LocalDate today = today();
        // spandau: a measure at risk, reported at version 3 and 5; 3 arrives after 5, 5 arrives three times
        Measure radwege = new Measure("spandau", "Radweg");
        radwege.status = "PLANNED";
        radwege.planned = euros("800.00");
        radwege.nextReviewDue = today.plusMonths(6);
        Report radwegePlanned = radwege.reportAt(3);
        radwege.title = "Radwege am Kanal";
        radwege.status = "IN_IMPLEMENTATION";
        radwege.health = "AT_RISK";
        radwege.progress = 40;
        radwege.fields = List.of("MOBILITY", "ENVIRONMENT_CLIMATE");
        radwege.planned = euros("1000.00");
        radwege.spent = euros("250.50");
        ReportedMilestone overdue = milestone("Planung", today.minusDays(10), null);
        radwege.milestones = List.of(overdue, milestone("Vergabe", today.minusDays(5), today.minusDays(6)));
        ReportedIndicator radverkehr = indicator("Radverkehrsanteil", true);
        radwege.indicators = List.of(radverkehr, indicator("Unfälle", false));
        radwege.nextReviewDue = today.minusDays(1);
        Report radwegeStarted = radwege.reportAt(5);
        // a proposed central measure without budget, and a completed one whose open milestone no longer counts
        Measure baenke = new Measure("spandau", "Bänke");
        baenke.type = "CENTRAL";
        baenke.fields = List.of("URBAN_DEVELOPMENT_HOUSING");
        Measure schulhoefe = new Measure("spandau", "Schulhöfe");
        schulhoefe.type = "NETWORK";
        schulhoefe.status = "COMPLETED";
        schulhoefe.health = "OFF_TRACK";
        schulhoefe.fields = List.of("EDUCATION");
        schulhoefe.planned = euros("500.00");
        schulhoefe.spent = euros("600.00");
        schulhoefe.milestones = List.of(milestone("Abnahme", today.minusDays(30), null));
        // lichtenberg: an off-track pilot reported at 2 and 4, 4 arriving first
        Measure spielplatz = new Measure("lichtenberg", "Spielplatz");
        spielplatz.status = "PLANNED";
        Report spielplatzPlanned = spielplatz.reportAt(2);
        spielplatz.status = "PILOT";
        spielplatz.health = "OFF_TRACK";
        spielplatz.progress = 10;
        spielplatz.fields = List.of("EDUCATION", "HEALTH");
        spielplatz.planned = euros("2000.00");
        spielplatz.spent = euros("100.00");
        ReportedMilestone spielplatzOverdue = milestone("Beteiligung", today.minusDays(3), null);
        spielplatz.milestones = List.of(milestone("Bau", today.plusDays(10), null), spielplatzOverdue);
        spielplatz.indicators = List.of(indicator("Besuche", false));
        spielplatz.nextReviewDue = today;
        Report spielplatzPilot = spielplatz.reportAt(4);
        // a measure on hold: a report without sequence (written before sequences), then one with, then one without
        Measure wlan = new Measure("lichtenberg", "WLAN ohne Sequenz");
        Report wlanUnsequenced = wlan.report(null);
        wlan.title = "WLAN";
        wlan.status = "ON_HOLD";
        wlan.health = "AT_RISK";
        wlan.planned = euros("300.00");
        wlan.spent = euros("300.00");
        ReportedIndicator hotspots = indicator("Hotspots", true);
        wlan.indicators = List.of(hotspots);
        wlan.nextReviewDue = today.minusDays(40);
        Report wlanHeld = wlan.reportAt(7);
        wlan.title = "WLAN wieder ohne Sequenz";
        Report wlanUnsequencedLater = wlan.report(null);

        radwegeStarted.send();
        radwegePlanned.send();
        radwegeStarted.send();
        radwegeStarted.again().send();
        baenke.reportAt(1).send();
        schulhoefe.reportAt(9).send();
        spielplatzPilot.send();
        spielplatzPlanned.send();
        spielplatzPilot.send();
        wlanUnsequenced.send();
        wlanHeld.send();
        wlanUnsequencedLater.send();
        wlanUnsequenced.again().send();
        // sent last: once they are kept, everything of their unit before them was handled
        Measure lastOfSpandau = new Measure("spandau", "Zuletzt");
        Measure lastOfLichtenberg = new Measure("lichtenberg", "Zuletzt");
        lastOfSpandau.reportAt(1).send();
        lastOfLichtenberg.reportAt(1).send();

        await().atMost(DELIVERY).until(() -> ids(listed("unit=spandau")).contains(lastOfSpandau.id)
                && ids(listed("unit=lichtenberg")).contains(lastOfLichtenberg.id));

        List<JsonNode> spandauMeasures = listed("unit=spandau");
        assertThat(ids(spandauMeasures)).containsExactly(baenke.id, radwege.id, schulhoefe.id, lastOfSpandau.id);
        JsonNode radwegeListed = spandauMeasures.get(1);
        assertThat(radwegeListed.path("title").asString()).isEqualTo("Radwege am Kanal");
        assertThat(radwegeListed.path("status").asString()).isEqualTo("IN_IMPLEMENTATION");
        assertThat(radwegeListed.path("health").asString()).isEqualTo("AT_RISK");
        assertThat(radwegeListed.path("progress").asInt()).isEqualTo(40);
        assertThat(radwegeListed.path("budgetPlanned").decimalValue()).isEqualByComparingTo("1000.00");
        assertThat(radwegeListed.path("budgetSpent").decimalValue()).isEqualByComparingTo("250.50");
        assertThat(radwegeListed.path("milestones").asInt()).isEqualTo(2);
        assertThat(radwegeListed.path("overdueMilestones").asInt()).isEqualTo(1);
        assertThat(radwegeListed.path("indicators").asInt()).isEqualTo(2);
        assertThat(radwegeListed.path("indicatorsOnTarget").asInt()).isEqualTo(1);
        assertThat(radwegeListed.path("nextReviewDue").asString()).isEqualTo(today.minusDays(1).toString());
        assertThat(radwegeListed.path("reviewOverdue").asBoolean()).isTrue();
        assertThat(radwegeListed.path("fieldsOfAction").toString())
                .isEqualTo("[\"MOBILITY\",\"ENVIRONMENT_CLIMATE\"]");
        JsonNode schulhoefeListed = spandauMeasures.get(2);
        assertThat(schulhoefeListed.path("overdueMilestones").asInt()).isZero();
        List<JsonNode> lichtenbergMeasures = listed("unit=lichtenberg");
        assertThat(ids(lichtenbergMeasures)).containsExactly(spielplatz.id, wlan.id, lastOfLichtenberg.id);
        assertThat(lichtenbergMeasures.get(0).path("status").asString()).isEqualTo("PILOT");
        assertThat(lichtenbergMeasures.get(0).path("reviewOverdue").asBoolean()).isFalse();
        assertThat(lichtenbergMeasures.get(1).path("title").asString()).isEqualTo("WLAN");

        JsonNode spandau = portfolio("?unit=spandau");
        assertThat(spandau.path("today").asString()).isEqualTo(today.toString());
        assertThat(spandau.path("total").asLong()).isEqualTo(4);
        assertThat(spandau.path("byStatus").toString())
                .isEqualTo("{\"COMPLETED\":1,\"IN_IMPLEMENTATION\":1,\"PROPOSED\":2}");
        assertThat(spandau.path("byType").toString()).isEqualTo("{\"CENTRAL\":1,\"DECENTRAL\":2,\"NETWORK\":1}");
        assertThat(spandau.path("byUnit").toString()).isEqualTo("{\"spandau\":4}");
        assertThat(spandau.path("byFieldOfAction").toString()).isEqualTo("{\"EDUCATION\":1,\"ENVIRONMENT_CLIMATE\":1,"
                + "\"MOBILITY\":1,\"URBAN_DEVELOPMENT_HOUSING\":1}");
        assertThat(spandau.path("atRisk").path("count").asLong()).isEqualTo(1);
        assertThat(ids(spandau.path("atRisk").path("measures"), "id")).containsExactly(radwege.id);
        assertThat(spandau.path("offTrack").path("count").asLong()).isZero();
        assertThat(spandau.path("overdueMilestones").path("count").asLong()).isEqualTo(1);
        JsonNode overdueListed = spandau.path("overdueMilestones").path("milestones").get(0);
        assertThat(overdueListed.path("milestoneId").asString()).isEqualTo(overdue.milestoneId());
        assertThat(overdueListed.path("measureId").asString()).isEqualTo(radwege.id);
        assertThat(overdueListed.path("measureTitle").asString()).isEqualTo("Radwege am Kanal");
        assertThat(overdueListed.path("dueDate").asString()).isEqualTo(today.minusDays(10).toString());
        assertThat(spandau.path("overdueReviews").path("count").asLong()).isEqualTo(1);
        assertThat(ids(spandau.path("overdueReviews").path("measures"), "id")).containsExactly(radwege.id);
        assertThat(spandau.path("budgetByUnit").path("spandau").path("planned").decimalValue())
                .isEqualByComparingTo("1500.00");
        assertThat(spandau.path("budgetByUnit").path("spandau").path("spent").decimalValue())
                .isEqualByComparingTo("850.50");
        assertThat(spandau.path("indicatorsOnTarget").path("count").asLong()).isEqualTo(1);
        assertThat(ids(spandau.path("indicatorsOnTarget").path("indicators"), "indicatorId"))
                .containsExactly(radverkehr.indicatorId());

        JsonNode lichtenberg = portfolio("?unit=lichtenberg");
        assertThat(lichtenberg.path("total").asLong()).isEqualTo(3);
        assertThat(lichtenberg.path("byStatus").toString()).isEqualTo("{\"ON_HOLD\":1,\"PILOT\":1,\"PROPOSED\":1}");
        assertThat(lichtenberg.path("byFieldOfAction").toString()).isEqualTo("{\"EDUCATION\":1,\"HEALTH\":1}");
        assertThat(ids(lichtenberg.path("atRisk").path("measures"), "id")).containsExactly(wlan.id);
        assertThat(ids(lichtenberg.path("offTrack").path("measures"), "id")).containsExactly(spielplatz.id);
        assertThat(ids(lichtenberg.path("overdueMilestones").path("milestones"), "milestoneId"))
                .containsExactly(spielplatzOverdue.milestoneId());
        assertThat(ids(lichtenberg.path("overdueReviews").path("measures"), "id")).containsExactly(wlan.id);
        assertThat(lichtenberg.path("budgetByUnit").path("lichtenberg").path("planned").decimalValue())
                .isEqualByComparingTo("2300.00");
        assertThat(lichtenberg.path("budgetByUnit").path("lichtenberg").path("spent").decimalValue())
                .isEqualByComparingTo("400.00");
        assertThat(ids(lichtenberg.path("indicatorsOnTarget").path("indicators"), "indicatorId"))
                .containsExactly(hotspots.indicatorId());

        JsonNode all = portfolio("");
        assertThat(all.path("byUnit").path("spandau").asLong()).isEqualTo(4);
        assertThat(all.path("byUnit").path("lichtenberg").asLong()).isEqualTo(3);
        assertThat(all.path("budgetByUnit").path("lichtenberg").path("planned").decimalValue())
                .isEqualByComparingTo("2300.00");

        assertThat(ids(listed("unit=spandau&health=AT_RISK"))).containsExactly(radwege.id);
        assertThat(ids(listed("unit=spandau&status=COMPLETED"))).containsExactly(schulhoefe.id);
        assertThat(ids(listed("unit=spandau&type=CENTRAL"))).containsExactly(baenke.id);
        assertThat(ids(listed("unit=lichtenberg&status=PILOT&health=OFF_TRACK&type=DECENTRAL")))
                .containsExactly(spielplatz.id);
    }

    @Test
    void aWalkThroughThePagesShowsEveryMeasureOnceWhileOneIsAdded() {
        String unit = "reinickendorf";
        Set<String> reported = new HashSet<>();
        for (int i = 0; i < 23; i++) {
            // pairs of equal titles: their order is their ids'
            Measure measure = new Measure(unit, "Maßnahme " + (char) ('A' + i / 2));
            measure.reportAt(1).send();
            reported.add(measure.id);
        }
        await().atMost(DELIVERY).until(() -> portfolio("?unit=" + unit).path("total").asLong() == 23);

        List<String> walked = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        Measure added = new Measure(unit, "Maßnahme Z");
        do {
            HttpApi.Response page = api.get("/api/v1/portfolio/measures?unit=" + unit + "&limit=5"
                    + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).as(page.text()).isEqualTo(200);
            assertThat(page.json().path("items").size()).isLessThanOrEqualTo(5);
            page.json().path("items").forEach(item -> {
                walked.add(item.path("id").asString());
                titles.add(item.path("title").asString());
            });
            cursor = page.json().path("next").isNull() ? null : page.json().path("next").asString();
            if (++pages == 2) {
                added.reportAt(1).send();
                await().atMost(DELIVERY).until(() -> portfolio("?unit=" + unit).path("total").asLong() == 24);
            }
        } while (cursor != null);

        assertThat(walked).doesNotHaveDuplicates();
        assertThat(walked).containsAll(reported);
        assertThat(walked).contains(added.id).hasSize(24);
        assertThat(titles).isSorted();
        assertThat(pages).isEqualTo(5);
    }

    @Test
    void badFiltersAreA400NamingTheField() {
        Map<String, String> refused = Map.of(
                "status=DONE", "status",
                "health=GREEN", "health",
                "type=LOCAL", "type",
                "unit=Not%20a%20unit", "unit",
                "limit=0", "limit",
                "limit=101", "limit",
                "cursor=not-a-cursor!", "cursor",
                "cursor=" + Cursor.of("a", "b").encoded(), "cursor");
        refused.forEach((query, field) -> {
            HttpApi.Response answer = api.inLanguage("en").get("/api/v1/portfolio/measures?" + query);
            assertThat(answer.status()).as(query).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.json().path("errors").findValuesAsString("field")).as(query).containsExactly(field);
        });
        assertThat(api.get("/api/v1/portfolio?unit=Mitte!").status()).isEqualTo(400);
    }

    @Test
    void theCentralExportHasEveryUnitsMeasuresAsReported() {
        Measure pankow = new Measure("pankow", "=Bücherschrank");
        pankow.status = "PLANNED";
        pankow.health = "AT_RISK";
        pankow.progress = 25;
        pankow.planned = euros("1234.50");
        pankow.spent = euros("10.00");
        pankow.nextReviewDue = LocalDate.of(2027, 5, 31);
        pankow.reportAt(2).send();
        Measure neukoelln = new Measure("neukoelln", "Trinkbrunnen");
        neukoelln.reportAt(1).send();
        await().atMost(DELIVERY).until(() -> ids(listed("unit=pankow")).contains(pankow.id)
                && ids(listed("unit=neukoelln")).contains(neukoelln.id));

        HttpApi.Response csv = api.send("GET", "/api/v1/measures/export?format=csv", null,
                Map.of("Accept", "text/csv"));

        assertThat(csv.status()).as(csv.text()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"measures-central-" + today() + ".csv\"");
        List<String> lines = List.of(csv.text().split("\r\n"));
        assertThat(lines.get(0)).isEqualTo(String.join(",", MeasureExport.CENTRAL_COLUMNS));
        assertThat(lines).contains(pankow.id + ",pankow,'=Bücherschrank,DECENTRAL,PLANNED,pankow,AT_RISK,25,"
                + "1234.50,10.00,2027-05-31", neukoelln.id + ",neukoelln,Trinkbrunnen,DECENTRAL,PROPOSED,pankow,"
                + "ON_TRACK,0,,0.00,");
        assertThat(lines).doesNotHaveDuplicates();

        HttpApi.Response json = api.send("GET", "/api/v1/measures/export?format=json", null,
                Map.of("Accept", "application/json"));

        assertThat(json.status()).as(json.text()).isEqualTo(200);
        Map<String, JsonNode> byId = new HashMap<>();
        json.json().forEach(measure -> {
            assertThat(measure.propertyNames()).containsExactlyElementsOf(MeasureExport.CENTRAL_COLUMNS);
            assertThat(byId.put(measure.path("id").asString(), measure)).isNull();
        });
        JsonNode exported = byId.get(pankow.id);
        assertThat(exported.path("title").asString()).isEqualTo("=Bücherschrank");
        assertThat(exported.path("participatingUnits").toString()).isEqualTo("[\"pankow\"]");
        assertThat(exported.path("progress").isNumber()).isTrue();
        assertThat(exported.path("mandate.budgetPlanned").isNumber()).isTrue();
        assertThat(exported.path("mandate.budgetPlanned").decimalValue()).isEqualByComparingTo("1234.50");
        assertThat(exported.path("nextReviewDue").asString()).isEqualTo("2027-05-31");
        assertThat(byId.get(neukoelln.id).path("mandate.budgetPlanned").isNull()).isTrue();
    }

    @Test
    void theMeasuresOfTheCentralInstanceAreReadOnly() {
        String id = UUID.randomUUID().toString();
        HttpApi.Response proposed = asUnitAdmin("central").post("/api/v1/measures",
                "{\"title\":\"Zentral\",\"goal\":\"Steuern\",\"type\":\"CENTRAL\"}");

        assertThat(proposed.status()).isEqualTo(405);
        assertThat(proposed.headers().firstValue("Allow")).contains("GET");
        assertThat(proposed.contentType()).startsWith("application/problem+json");
        assertThat(proposed.json().path("type").asString())
                .isEqualTo("https://gemeinsam.berlin/problems/central-read-only");
        assertThat(asUnitAdmin("central").post("/api/v1/measures/" + id + "/plan", "").status()).isEqualTo(405);
        assertThat(asCentralOffice().send("PUT", "/api/v1/measures/" + id + "/mandate",
                "{\"responsibleRole\":\"Leitung\"}", Map.of()).status()).isEqualTo(405);
        assertThat(asUnitAdmin("pankow").inLanguage("en").post("/api/v1/measures/" + id + "/milestones", "{}")
                .field("title"))
                .isEqualTo("Read-only");
        HttpApi.Response read = api.get("/api/v1/measures/" + id);
        assertThat(read.status()).isEqualTo(404);
        assertThat(read.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/v1/measures").status()).isEqualTo(404);
    }
}
