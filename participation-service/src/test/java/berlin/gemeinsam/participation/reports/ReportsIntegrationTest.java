package berlin.gemeinsam.participation.reports;

import berlin.gemeinsam.participation.PankowIdeas;
import berlin.gemeinsam.participation.participants.application.Participants;
import berlin.gemeinsam.participation.participants.domain.Contribution;
import berlin.gemeinsam.participation.participants.domain.ParticipantReference;
import berlin.gemeinsam.participation.reports.application.ReportEntries;
import berlin.gemeinsam.participation.reports.domain.CountedContribution;
import berlin.gemeinsam.participation.reports.domain.Period;
import berlin.gemeinsam.participation.reports.domain.ReportScope;
import berlin.gemeinsam.participation.supports.domain.HelixGroup;
import berlin.gemeinsam.testsupport.EventSchemas;
import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.KafkaTestClient;
import berlin.gemeinsam.testsupport.MovableClock;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The participation reports of mitte's instance, fed by its own participation stream on the real broker and store: a
 * worked example with known numbers, a repeated event, the CSV, bad periods and who reads them.
 */
class ReportsIntegrationTest extends ServiceApiTest {

    private static final String TOPIC = "gemeinsam.mitte.participation";
    private static final String CONTRIBUTION_RECORDED = "berlin.gemeinsam.contribution.recorded.v1";
    private static final String INVITATION_REDEEMED = "berlin.gemeinsam.invitation.redeemed.v1";

    @Autowired
    ReportEntries entries;

    @Autowired
    MovableClock clock;

    @Autowired
    Participants participants;

    private String support(String ideaId, String participant, String group) {
        HttpApi.Response given = asCitizen(participant).post("/api/v1/ideas/" + ideaId + "/supports", """
                {"participantId":"%s","helixGroup":"%s","follow":false}""".formatted(participant, group));
        assertThat(given.status()).isEqualTo(201);
        return given.field("id");
    }

    private static void redeemed(String eventId, String multiplierId, String ideaId, String supportId, String key) {
        String data = """
                {"invitationCode":"MITTE2026","multiplierId":"%s","targetType":"IDEA","targetId":"%s","unit":"mitte",
                 "contribution":"SUPPORT","contributionId":"%s","helixGroup":"PUBLIC",
                 "redeemedAt":"%s"}""".formatted(multiplierId, ideaId, supportId, Instant.now());
        EventSchemas.assertValid(INVITATION_REDEEMED, data);
        KafkaTestClient.send(TOPIC, key, data.getBytes(StandardCharsets.UTF_8), KafkaTestClient.cloudEventHeaders(
                eventId, "/units/mitte/participation-service", INVITATION_REDEEMED, key, "mitte"));
    }

    private JsonNode report(String path) {
        HttpApi.Response answer = asModerator("mitte").get(path);
        assertThat(answer.status()).isEqualTo(200);
        return answer.json();
    }

    private static JsonNode group(JsonNode report, String group) {
        for (JsonNode counts : report.path("helixGroups")) {
            if (group.equals(counts.path("helixGroup").asString())) {
                return counts;
            }
        }
        throw new AssertionError("no group " + group);
    }

    @Test
    void anIdeasReportCountsPeoplePerHelixGroupWithSharesGapsAndAMultipliersReach() {
        String ideaId = PankowIdeas.published(api);
        String prefix = "r-" + UUID.randomUUID() + "-";
        Map<String, String> supports = new HashMap<>();
        for (int i = 1; i <= 7; i++) {
            supports.put("public" + i, support(ideaId, prefix + "public" + i, "PUBLIC"));
        }
        for (int i = 1; i <= 4; i++) {
            support(ideaId, prefix + "civil" + i, "CIVIL_SOCIETY");
        }
        support(ideaId, prefix + "science", "SCIENCE");
        String withdrawn = supports.get("public7");
        assertThat(asCitizen(prefix + "public7").delete("/api/v1/ideas/" + ideaId + "/supports/" + withdrawn)
                .status()).isEqualTo(204);
        // a supporter's comment counts for the group they declared; a stranger's for none
        assertThat(asCitizen(prefix + "public1").post("/api/v1/ideas/" + ideaId + "/comments",
                "{\"text\":\"Gute Idee\"}").status()).isEqualTo(201);
        assertThat(asCitizen(prefix + "stranger").post("/api/v1/ideas/" + ideaId + "/comments",
                "{\"text\":\"Wozu?\"}").status()).isEqualTo(201);
        String multiplier = UUID.randomUUID().toString();
        redeemed(UUID.randomUUID().toString(), multiplier, ideaId, supports.get("public1"), supports.get("public1"));
        redeemed(UUID.randomUUID().toString(), multiplier, ideaId, supports.get("public2"), supports.get("public2"));
        String redemptionOfTheWithdrawn = UUID.randomUUID().toString();
        redeemed(redemptionOfTheWithdrawn, multiplier, ideaId, withdrawn, withdrawn);
        String path = "/api/v1/reports/ideas/" + ideaId;

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode report = report(path);
            assertThat(report.path("totals").path("participants").asLong()).isEqualTo(12);
            assertThat(report.path("multipliers").path(0).path("contributions").asLong()).isEqualTo(3);
        });
        JsonNode report = report(path);
        assertThat(report.path("scope").path("type").asString()).isEqualTo("IDEA");
        assertThat(report.path("totals").path("supports").asLong()).isEqualTo(11);
        assertThat(report.path("totals").path("comments").asLong()).isEqualTo(2);
        assertThat(group(report, "PUBLIC").path("participants").asLong()).isEqualTo(6);
        assertThat(group(report, "PUBLIC").path("share").decimalValue()).isEqualByComparingTo("54.5");
        assertThat(group(report, "PUBLIC").path("comments").asLong()).isEqualTo(1);
        assertThat(group(report, "CIVIL_SOCIETY").path("share").decimalValue()).isEqualByComparingTo("36.4");
        assertThat(group(report, "SCIENCE").path("share").decimalValue()).isEqualByComparingTo("9.1");
        assertThat(report.path("unassigned").path("participants").asLong()).isEqualTo(1);
        assertThat(report.path("missingGroups").valueStream().map(JsonNode::asString))
                .containsExactly("STATE", "BUSINESS");
        assertThat(report.path("underrepresentedGroups").valueStream().map(JsonNode::asString))
                .containsExactly("SCIENCE");
        JsonNode reach = report.path("multipliers").path(0);
        assertThat(reach.path("multiplierId").asString()).isEqualTo(multiplier);
        assertThat(reach.path("participants").asLong()).isEqualTo(2);
        assertThat(reach.path("byHelixGroup").path("PUBLIC").asLong()).isEqualTo(3);

        // the withdrawn support's first state again, once as the same event and once as a new one with its old
        // sequence, and the redemption again: then a marker on the same partition, after which nothing has changed
        ConsumerRecord<String, String> firstGiving = KafkaTestClient.readUntil(TOPIC, record -> withdrawn.equals(
                record.key()) && CONTRIBUTION_RECORDED.equals(KafkaTestClient.header(record, "ce_type"))
                && record.value().contains("\"counts\":true"), Duration.ofSeconds(20)).get(0);
        Map<String, String> headers = new HashMap<>();
        for (Header header : firstGiving.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        byte[] value = firstGiving.value().getBytes(StandardCharsets.UTF_8);
        KafkaTestClient.send(TOPIC, withdrawn, value, headers);
        headers.put("ce_id", UUID.randomUUID().toString());
        KafkaTestClient.send(TOPIC, withdrawn, value, headers);
        redeemed(redemptionOfTheWithdrawn, multiplier, ideaId, withdrawn, withdrawn);
        String marker = UUID.randomUUID().toString();
        redeemed(UUID.randomUUID().toString(), marker, ideaId, UUID.randomUUID().toString(), withdrawn);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> report(path).path("multipliers").size() == 2);
        JsonNode after = report(path);
        assertThat(after.path("totals")).isEqualTo(report.path("totals"));
        assertThat(after.path("helixGroups")).isEqualTo(report.path("helixGroups"));
        assertThat(after.path("multipliers").findValues("multiplierId").stream().map(JsonNode::asString))
                .containsExactlyInAnyOrder(multiplier, marker);
        assertThat(after.path("multipliers").findValues("contributions").stream().map(JsonNode::asLong))
                .containsExactlyInAnyOrder(3L, 1L);

        // the CSV: a record per group, then those without one and the total
        HttpApi.Response csv = asModerator("mitte").send("GET", path + "?format=csv", null, Map.of("Accept", "*/*"));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.text().split("\r\n")).containsExactly(
                "helixGroup,participants,share,supports,comments,feedback,attendance,status",
                "STATE,0,0.0,0,0,0,0,MISSING",
                "BUSINESS,0,0.0,0,0,0,0,MISSING",
                "SCIENCE,1,9.1,1,0,0,0,UNDERREPRESENTED",
                "CIVIL_SOCIETY,4,36.4,4,0,0,0,",
                "PUBLIC,6,54.5,6,1,0,0,",
                "UNASSIGNED,1,,0,1,0,0,",
                "TOTAL,12,,11,2,0,0,");
        assertThat(asModerator("mitte").send("GET", path, null, Map.of("Accept", "text/csv")).text())
                .isEqualTo(csv.text());

        // a period before today counts nothing; one with today everything
        LocalDate today = LocalDate.ofInstant(clock.instant(), Period.BERLIN);
        assertThat(report(path + "?to=" + today.minusDays(1)).path("totals").path("participants").asLong()).isZero();
        assertThat(report(path + "?from=" + today + "&to=" + today).path("totals")).isEqualTo(report.path("totals"));
    }

    @Test
    void badPeriodsAndFormatsAreRefusedNamingTheField() {
        String path = "/api/v1/reports/units/mitte";

        assertField(asModerator("mitte").inLanguage("en").get(path + "?from=2026-12-02&to=2026-12-01"), "to");
        assertField(asModerator("mitte").get(path + "?from=gestern"), "from");
        assertField(asModerator("mitte").get(path + "?format=xlsx"), "format");
        assertField(asModerator("mitte").get("/api/v1/reports/ideas/keine-id"), "id");
        assertThat(asModerator("mitte").send("GET", path + "?format=csv", null, Map.of("Accept", "application/json"))
                .status()).isEqualTo(406);
    }

    @Test
    void theUnitsStaffAndTheCentralOfficeReadTheUnitsReportsOnly() {
        String path = "/api/v1/reports/units/mitte";

        assertThat(asModerator("mitte").get(path).status()).isEqualTo(200);
        assertThat(asUnitAdmin("mitte").get(path).status()).isEqualTo(200);
        assertThat(asCentralOffice().get(path).status()).isEqualTo(200);
        assertThat(api.get(path).status()).isEqualTo(401);
        assertThat(asCitizen("anna").get(path).status()).isEqualTo(403);
        assertThat(asModerator("pankow").get(path).status()).isEqualTo(403);
        assertThat(asModerator("pankow").get("/api/v1/reports/formats/" + UUID.randomUUID()).status())
                .isEqualTo(403);
        assertThat(asCentralOffice().get("/api/v1/reports/units/pankow").status()).isEqualTo(404);
        assertThat(asCentralOffice().get("/api/v1/reports/units").status()).isEqualTo(404);
    }

    @Test
    void theStoreFindsAUnitsEntriesAndThoseOfAllUnits() {
        String lichtenberg = UUID.randomUUID().toString();
        String spandau = UUID.randomUUID().toString();
        entries.keepIfNewer(new CountedContribution(lichtenberg, "lichtenberg", Contribution.SUPPORT, "IDEA",
                UUID.randomUUID().toString(), "ref-1", HelixGroup.PUBLIC, true, Instant.now(),
                "0000000000000000000.0001"));
        entries.keepIfNewer(new CountedContribution(spandau, "spandau", Contribution.COMMENT, "MEASURE",
                UUID.randomUUID().toString(), "ref-2", null, true, Instant.now(), "0000000000000000000.0001"));
        Period always = new Period(null, null);

        assertThat(entries.counted(new ReportScope(ReportScope.Kind.UNIT, "lichtenberg"), always))
                .extracting(CountedContribution::id).contains(lichtenberg).doesNotContain(spandau);
        assertThat(entries.counted(ReportScope.allUnits(), always)).extracting(CountedContribution::id)
                .contains(lichtenberg, spandau);
    }

    @Test
    void aPersonKeepsTheirReferenceAndGroupUntilTheUnitForgetsThem() {
        String person = "erased-" + UUID.randomUUID();
        ParticipantReference first = participants.of(person, HelixGroup.SCIENCE);

        assertThat(participants.of(person, null)).isEqualTo(first);
        assertThat(first.declaredGroup()).isEqualTo(HelixGroup.SCIENCE);
        participants.forget(person);
        ParticipantReference afterErasure = participants.of(person, null);
        assertThat(afterErasure.reference()).isNotEqualTo(first.reference());
        assertThat(afterErasure.declaredGroup()).isNull();
    }

    private static void assertField(HttpApi.Response answer, String field) {
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("errors").findValuesAsString("field")).containsExactly(field);
    }
}
