package berlin.gemeinsam.measures.export;

import berlin.gemeinsam.measures.measure.domain.Mandate;
import berlin.gemeinsam.measures.measure.domain.Measure;
import berlin.gemeinsam.measures.measure.domain.MeasureType;
import berlin.gemeinsam.platform.ids.TimeOrderedIds;
import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The unit's measures as open data: every measure once, in CSV and in JSON, each parsed back; texts with what CSV
 * must quote and what a spreadsheet would take for a formula; refused formats and media types.
 */
class MeasureExportIntegrationTest extends ServiceApiTest {

    private static final List<String> COLUMNS = List.of("id", "unit", "title", "goal", "type", "status",
            "sourceIdeaId", "sourceIdeaState", "sourceIdeaDeclineReason", "participatingUnits", "proposedAt",
            "health", "progress", "mandate.budgetPlanned", "mandate.budgetSpent", "nextReviewDue");
    private static final int MEASURES = 5_000;
    private static final String[] TITLES = {"Schattenbäume, Bänke und \"mehr\"", "Zeile eins\r\nZeile zwei",
            "=HYPERLINK(\"http://example.com\")", "-20 % CO₂ bis 2030", "Grünflächen für Groß und Klein"};

    @Autowired
    MongoTemplate mongo;

    /** Measures of the unit written straight into its store, as its repository writes them, a thousand at a time. */
    private List<Measure> insertMeasures(String marker) {
        Instant proposed = Instant.parse("2024-03-01T08:00:00Z");
        List<Measure> all = new ArrayList<>();
        List<Measure> batch = new ArrayList<>();
        for (int i = 0; i < MEASURES; i++) {
            Instant at = proposed.plus(Duration.ofMinutes(i));
            List<String> team = i % 3 == 0 ? List.of() : List.of("pankow", "neukoelln").subList(0, i % 3);
            batch.add(Measure.propose(TimeOrderedIds.random(at), "mitte", TITLES[i % TITLES.length] + " " + i,
                    marker + " Ziel " + i, MeasureType.values()[i % MeasureType.values().length], null, team,
                    List.of(), List.of(), Mandate.open(), at).measure());
            if (batch.size() == 1_000) {
                mongo.insert(batch, Measure.class);
                all.addAll(batch);
                batch.clear();
            }
        }
        return all;
    }

    private HttpApi.Response export(HttpApi caller, String format, String accept) {
        return caller.send("GET", "/api/v1/measures/export?format=" + format, null, Map.of("Accept", accept));
    }

    @Test
    void everyMeasureOfTheUnitIsExportedOnceAsCsvAndAsJsonToAnybody() {
        String marker = "export-" + UUID.randomUUID();
        List<Measure> inserted = insertMeasures(marker);
        String proposed = asUnitAdmin("mitte").post("/api/v1/measures", """
                {"title":"Über die API","goal":"%s","type":"NETWORK","participatingUnits":["pankow"]}"""
                .formatted(marker)).field("id");
        long stored = mongo.getCollection("measure").countDocuments();
        String today = LocalDate.now(ZoneId.of("Europe/Berlin")).toString();

        HttpApi.Response csv = export(api, "csv", "text/csv");

        assertThat(csv.status()).as(csv.text()).isEqualTo(200);
        assertThat(MediaType.parseMediaType(csv.contentType()))
                .isEqualTo(MediaType.parseMediaType("text/csv;charset=UTF-8;header=present"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"measures-mitte-" + today + ".csv\"");
        List<List<String>> records = RfcCsv.parse(csv.text());
        assertThat(records.get(0)).isEqualTo(COLUMNS);
        assertThat(records).hasSize((int) stored + 1);
        Map<String, List<String>> csvById = new HashMap<>();
        records.subList(1, records.size()).forEach(record -> {
            assertThat(record).hasSize(COLUMNS.size());
            assertThat(csvById.put(record.get(0), record)).as("measure %s once", record.get(0)).isNull();
        });
        for (Measure measure : inserted) {
            List<String> record = csvById.get(measure.getId());
            assertThat(record).as(measure.getId()).isNotNull();
            String title = measure.getTitle();
            boolean formula = title.startsWith("=") || title.startsWith("-");
            assertThat(record.get(2)).isEqualTo(formula ? "'" + title : title);
            assertThat(record.get(3)).isEqualTo(measure.getGoal());
            assertThat(record.get(4)).isEqualTo(measure.getType().name());
            assertThat(record.get(5)).isEqualTo("PROPOSED");
            assertThat(record.get(6)).isEmpty();
            assertThat(record.get(9)).isEqualTo(String.join(";", measure.getParticipatingUnits()));
            assertThat(Instant.parse(record.get(10))).isEqualTo(measure.getProposedAt());
            assertThat(record.subList(11, 16)).containsExactly("ON_TRACK", "0", "", "0.00", "");
        }
        JsonNode answered = asCitizen("anna").get("/api/v1/measures/" + proposed).json();
        assertThat(csvById.get(proposed)).containsExactly(proposed, "mitte", "Über die API", marker, "NETWORK",
                "PROPOSED", "", "", "", "pankow", answered.path("proposedAt").asString(), "ON_TRACK", "0", "",
                "0.00", "");

        HttpApi.Response json = export(api, "json", "application/json");

        assertThat(json.status()).as(json.text()).isEqualTo(200);
        assertThat(json.contentType()).startsWith("application/json");
        assertThat(json.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"measures-mitte-" + today + ".json\"");
        JsonNode array = JsonMapper.shared().readTree(json.text());
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize((int) stored);
        Map<String, JsonNode> jsonById = new HashMap<>();
        array.forEach(measure -> {
            assertThat(measure.propertyNames()).containsExactlyElementsOf(COLUMNS);
            assertThat(jsonById.put(measure.path("id").asString(), measure)).isNull();
        });
        for (Measure measure : inserted) {
            JsonNode exported = jsonById.get(measure.getId());
            assertThat(exported.path("title").asString()).isEqualTo(measure.getTitle());
            assertThat(exported.path("goal").asString()).isEqualTo(measure.getGoal());
            assertThat(exported.path("sourceIdeaId").isNull()).isTrue();
            assertThat(exported.path("participatingUnits").valueStream().map(JsonNode::asString).toList())
                    .isEqualTo(measure.getParticipatingUnits());
            assertThat(Instant.parse(exported.path("proposedAt").asString())).isEqualTo(measure.getProposedAt());
        }
        JsonNode viaApi = jsonById.get(proposed);
        for (String column : List.of("id", "unit", "title", "goal", "type", "status", "participatingUnits",
                "proposedAt", "health", "progress")) {
            assertThat(viaApi.path(column)).as(column).isEqualTo(answered.path(column));
        }
        assertThat(viaApi.path("mandate.budgetSpent")).isEqualTo(answered.path("mandate").path("budgetSpent"));
        assertThat(viaApi.path("mandate.budgetPlanned").isNull()).isTrue();
        assertThat(viaApi.path("nextReviewDue").isNull()).isTrue();
    }

    @Test
    void aPlannedMeasureIsExportedWithItsProgressBudgetAndNextReview() {
        HttpApi admin = asUnitAdmin("mitte");
        String id = admin.post("/api/v1/measures", """
                {"title":"Geplant","goal":"Exportiert mit Controlling","type":"CENTRAL",
                 "mandate":{"responsibleRole":"Leitung","budgetPlanned":1200.5,"budgetSpent":300,
                 "staffCapacityPersonDays":20,"competencesGranted":"Vergabe"}}""").field("id");
        String today = LocalDate.now(ZoneId.of("Europe/Berlin")).toString();
        assertThat(admin.post("/api/v1/measures/" + id + "/milestones", """
                {"title":"Start","dueDate":"%s","doneDate":"%s"}""".formatted(today, today)).status()).isEqualTo(200);
        assertThat(admin.post("/api/v1/measures/" + id + "/indicators", """
                {"name":"Nutzung","unitOfMeasurement":"%","baseline":0,"target":100,"targetDate":"2030-01-01",
                 "direction":"HIGHER_IS_BETTER"}""").status()).isEqualTo(200);
        JsonNode planned = admin.post("/api/v1/measures/" + id + "/plan", "").json();
        assertThat(planned.path("status").asString()).isEqualTo("PLANNED");

        JsonNode array = JsonMapper.shared().readTree(export(api, "json", "application/json").text());

        JsonNode exported = null;
        for (JsonNode measure : array) {
            if (id.equals(measure.path("id").asString())) {
                exported = measure;
            }
        }
        assertThat(exported).isNotNull();
        assertThat(exported.path("status").asString()).isEqualTo("PLANNED");
        assertThat(exported.path("progress")).isEqualTo(planned.path("progress"));
        assertThat(exported.path("progress").asInt()).isPositive();
        assertThat(exported.path("health")).isEqualTo(planned.path("health"));
        assertThat(exported.path("mandate.budgetPlanned").decimalValue()).isEqualByComparingTo("1200.50");
        assertThat(exported.path("mandate.budgetSpent").decimalValue()).isEqualByComparingTo("300.00");
        assertThat(exported.path("nextReviewDue").asString())
                .isEqualTo(LocalDate.parse(today).plus(Measure.REVIEW_INTERVAL).toString());
    }

    @Test
    void aFormatOtherThanCsvOrJsonIsA400NamingFormat() {
        for (String query : List.of("?format=xlsx", "?format=CSV", "?format=", "")) {
            HttpApi.Response refused = api.inLanguage("en").send("GET", "/api/v1/measures/export" + query, null,
                    Map.of("Accept", "text/csv, application/json, application/problem+json"));

            assertThat(refused.status()).as(query).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().path("errors").findValuesAsString("field")).containsExactly("format");
        }
        HttpApi.Response german = export(api, "xlsx", "text/csv");
        assertThat(german.status()).isEqualTo(400);
        assertThat(german.json().path("errors").findValuesAsString("message")).containsExactly(
                "muss csv oder json sein");
    }

    @Test
    void aFormatTheRequestDoesNotAcceptIsA406Problem() {
        HttpApi.Response csvAsJson = export(api, "csv", "application/json");
        HttpApi.Response jsonAsCsv = export(api, "json", "text/csv");
        HttpApi.Response asXml = export(api, "csv", "application/xml");

        for (HttpApi.Response refused : List.of(csvAsJson, jsonAsCsv, asXml)) {
            assertThat(refused.status()).isEqualTo(406);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.field("title")).isEqualTo("Format nicht lieferbar");
        }
        assertThat(export(api, "json", "*/*").status()).isEqualTo(200);
        assertThat(export(api, "csv", "text/*").contentType()).startsWith("text/csv");
    }

    /** A reader of RFC 4180 that insists on its rules: CRLF after every record, quotes only around a field. */
    static final class RfcCsv {

        static List<List<String>> parse(String text) {
            List<List<String>> records = new ArrayList<>();
            List<String> record = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            int i = 0;
            while (i < text.length()) {
                if (text.charAt(i) == '"') {
                    i++;
                    while (true) {
                        assertThat(i).as("a quoted field ends").isLessThan(text.length());
                        char c = text.charAt(i++);
                        if (c == '"' && i < text.length() && text.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else if (c == '"') {
                            break;
                        } else {
                            field.append(c);
                        }
                    }
                } else {
                    while (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\r') {
                        assertThat(text.charAt(i)).as("at %d", i).isNotIn('"', '\n');
                        field.append(text.charAt(i++));
                    }
                }
                assertThat(i).as("a record ends with CRLF").isLessThan(text.length());
                record.add(field.toString());
                field.setLength(0);
                if (text.charAt(i) == ',') {
                    i++;
                } else {
                    assertThat(text.startsWith("\r\n", i)).as("CRLF at %d", i).isTrue();
                    i += 2;
                    records.add(record);
                    record = new ArrayList<>();
                }
            }
            return records;
        }
    }
}
