package berlin.gemeinsam.ideas.access;

import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import berlin.gemeinsam.testsupport.TestIssuer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may do what with ideas: every role and a foreign unit against every endpoint, and bad tokens. */
class IdeasAccessIntegrationTest extends ServiceApiTest {

    private static final TestIssuer ISSUER = TestIssuer.get();
    private static final String IDEA = "{\"title\":\"Schattenbäume\",\"problem\":\"Der Platz ist im Sommer zu heiß\",\"authorId\":\"anna\"}";

    @Autowired
    MongoTemplate mongo;

    /** The callers of the matrix, by name, with the token each one sends (none for anonymous). */
    static Stream<Arguments> submitting() {
        return Stream.of(
                Arguments.of("anonymous", 401),
                Arguments.of("citizen anna", 201),
                Arguments.of("citizen ben as anna", 403),
                Arguments.of("moderator mitte", 403),
                Arguments.of("moderator pankow", 403),
                Arguments.of("unit admin mitte", 403),
                Arguments.of("unit admin pankow", 403),
                Arguments.of("central office", 403));
    }

    static Stream<Arguments> publishing() {
        return Stream.of(
                Arguments.of("anonymous", 401),
                Arguments.of("citizen anna", 403),
                Arguments.of("moderator mitte", 200),
                Arguments.of("moderator pankow", 403),
                Arguments.of("unit admin mitte", 403),
                Arguments.of("unit admin pankow", 403),
                Arguments.of("central office", 403));
    }

    static Stream<Arguments> readingASubmittedIdea() {
        return Stream.of(
                Arguments.of("anonymous", 404),
                Arguments.of("citizen anna", 200),
                Arguments.of("citizen ben as anna", 404),
                Arguments.of("moderator mitte", 200),
                Arguments.of("moderator pankow", 404),
                Arguments.of("unit admin mitte", 200),
                Arguments.of("unit admin pankow", 404),
                Arguments.of("central office", 200));
    }

    private HttpApi as(String caller) {
        Map<String, Function<HttpApi, HttpApi>> callers = Map.of(
                "anonymous", api -> api,
                "citizen anna", api -> api.withToken(ISSUER.citizen("anna")),
                "citizen ben as anna", api -> api.withToken(ISSUER.citizen("ben")),
                "moderator mitte", api -> api.withToken(ISSUER.moderator("mitte")),
                "moderator pankow", api -> api.withToken(ISSUER.moderator("pankow")),
                "unit admin mitte", api -> api.withToken(ISSUER.unitAdmin("mitte")),
                "unit admin pankow", api -> api.withToken(ISSUER.unitAdmin("pankow")),
                "central office", api -> api.withToken(ISSUER.centralOffice()));
        return callers.get(caller).apply(api);
    }

    private String submittedIdea() {
        return asCitizen("anna").post("/api/v1/ideas", IDEA).field("id");
    }

    @ParameterizedTest(name = "{0} submits an idea of anna: {1}")
    @MethodSource("submitting")
    void onlyACitizenSubmitsAndOnlyAsThemselves(String caller, int expected) {
        long before = mongo.getCollection("idea").countDocuments();

        HttpApi.Response answer = as(caller).post("/api/v1/ideas", IDEA);

        assertThat(answer.status()).isEqualTo(expected);
        assertThat(mongo.getCollection("idea").countDocuments()).isEqualTo(expected == 201 ? before + 1 : before);
        if (expected != 201) {
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
    }

    @ParameterizedTest(name = "{0} publishes: {1}")
    @MethodSource("publishing")
    void onlyModeratorsOfTheUnitPublishAndTheyAreAudited(String caller, int expected) {
        String id = submittedIdea();

        HttpApi.Response answer = as(caller).post("/api/v1/ideas/" + id + "/publish", "");

        assertThat(answer.status()).isEqualTo(expected);
        String status = asModerator("mitte").get("/api/v1/ideas/" + id).field("status");
        assertThat(status).isEqualTo(expected == 200 ? "PUBLISHED" : "SUBMITTED");
        List<Document> audited = mongo.getCollection("audit_log").find(new Document("resourceId", id))
                .into(new ArrayList<>());
        if (expected == 200) {
            assertThat(audited).singleElement().satisfies(entry -> {
                assertThat(entry.getString("subject")).isEqualTo("moderator-mitte");
                assertThat(entry.getString("action")).isEqualTo("publish");
                assertThat(entry.getString("callerUnit")).isEqualTo("mitte");
                assertThat(entry.getList("roles", String.class)).containsExactly("MODERATOR");
                assertThat(entry.getDate("at")).isNotNull();
            });
        } else {
            assertThat(audited).isEmpty();
        }
    }

    static Stream<Arguments> moderating() {
        return Stream.of("reject", "shortlist", "archive").flatMap(change -> Stream.of(
                Arguments.of(change, "anonymous", 401),
                Arguments.of(change, "citizen anna", 403),
                Arguments.of(change, "moderator mitte", 200),
                Arguments.of(change, "moderator pankow", 403),
                Arguments.of(change, "unit admin mitte", 403),
                Arguments.of(change, "unit admin pankow", 403),
                Arguments.of(change, "central office", 403)));
    }

    /**
     * Rejecting needs a submitted idea, shortlisting and archiving a published one. The ideas are dora's, so that
     * anna stays within the per-client write limit over the whole class.
     */
    @ParameterizedTest(name = "{1} makes the change {0}: {2}")
    @MethodSource("moderating")
    void onlyModeratorsOfTheUnitRejectShortlistAndArchiveAndTheyAreAudited(String change, String caller,
                                                                          int expected) {
        String id = asCitizen("dora").post("/api/v1/ideas", IDEA.replace("anna", "dora")).field("id");
        if (!change.equals("reject")) {
            asModerator("mitte").post("/api/v1/ideas/" + id + "/publish", "");
        }
        String before = asModerator("mitte").get("/api/v1/ideas/" + id).field("status");

        HttpApi.Response answer = as(caller).post("/api/v1/ideas/" + id + "/" + change, "{\"reason\":\"Grund\"}");

        assertThat(answer.status()).isEqualTo(expected);
        String after = asModerator("mitte").get("/api/v1/ideas/" + id).field("status");
        List<String> audited = mongo.getCollection("audit_log").find(new Document("resourceId", id)
                .append("action", change)).into(new ArrayList<>()).stream().map(entry -> entry.getString("subject"))
                .toList();
        if (expected == 200) {
            assertThat(after).isNotEqualTo(before);
            assertThat(audited).containsExactly("moderator-mitte");
        } else {
            assertThat(after).isEqualTo(before);
            assertThat(audited).isEmpty();
        }
    }

    static Stream<Arguments> withdrawing() {
        return Stream.of(
                Arguments.of("anonymous", 401, 401),
                Arguments.of("citizen anna", 200, 200),
                Arguments.of("citizen ben as anna", 404, 403),
                Arguments.of("moderator mitte", 403, 403),
                Arguments.of("moderator pankow", 404, 403),
                Arguments.of("unit admin mitte", 403, 403),
                Arguments.of("unit admin pankow", 404, 403),
                Arguments.of("central office", 403, 403));
    }

    /**
     * Only the author withdraws; who may not even read the submitted idea is told it does not exist, and every
     * other caller is refused.
     */
    @ParameterizedTest(name = "{0} withdraws anna's idea: {1} while submitted, {2} when published")
    @MethodSource("withdrawing")
    void onlyTheAuthorWithdraws(String caller, int whileSubmitted, int whenPublished) {
        String submitted = submittedIdea();
        String published = submittedIdea();
        asModerator("mitte").post("/api/v1/ideas/" + published + "/publish", "");

        assertThat(as(caller).post("/api/v1/ideas/" + submitted + "/withdraw", "").status())
                .isEqualTo(whileSubmitted);
        assertThat(as(caller).post("/api/v1/ideas/" + published + "/withdraw", "").status())
                .isEqualTo(whenPublished);
        assertThat(asModerator("mitte").get("/api/v1/ideas/" + published).field("status"))
                .isEqualTo(whenPublished == 200 ? "WITHDRAWN" : "PUBLISHED");
    }

    static Stream<Arguments> editing() {
        return Stream.of(
                Arguments.of("anonymous", 401),
                Arguments.of("citizen anna", 200),
                Arguments.of("citizen ben as anna", 404),
                Arguments.of("moderator mitte", 200),
                Arguments.of("moderator pankow", 404),
                Arguments.of("unit admin mitte", 403),
                Arguments.of("unit admin pankow", 404),
                Arguments.of("central office", 403));
    }

    @ParameterizedTest(name = "{0} edits anna's submitted idea: {1}")
    @MethodSource("editing")
    void theAuthorAndTheUnitsModeratorsEditASubmittedIdea(String caller, int expected) {
        String id = submittedIdea();

        HttpApi.Response answer = as(caller).send("PUT", "/api/v1/ideas/" + id,
                "{\"title\":\"Neuer Titel\",\"problem\":\"Neues Problem\"}", Map.of());

        assertThat(answer.status()).isEqualTo(expected);
        assertThat(asModerator("mitte").get("/api/v1/ideas/" + id).field("title"))
                .isEqualTo(expected == 200 ? "Neuer Titel" : "Schattenbäume");
    }

    @ParameterizedTest(name = "{0} reads a submitted idea: {1}")
    @MethodSource("readingASubmittedIdea")
    void aSubmittedIdeaIsVisibleOnlyToItsAuthorAndTheUnitsStaffOthersGet404(String caller, int expected) {
        String id = submittedIdea();

        HttpApi.Response answer = as(caller).get("/api/v1/ideas/" + id);

        assertThat(answer.status()).isEqualTo(expected);
        if (expected == 404) {
            assertThat(answer.text()).doesNotContain("Schattenbäume");
        }
    }

    static Stream<Arguments> badTokens() {
        List<String> citizen = List.of("CITIZEN");
        return Stream.of(
                Arguments.of("alg=none", ISSUER.unsigned("anna", citizen, null)),
                Arguments.of("HMAC signed with the public key", ISSUER.hmacWithPublicKey("anna", citizen, null)),
                Arguments.of("wrong issuer", ISSUER.token("anna", citizen, null, claims -> claims.issuer("http://127.0.0.1:1"))),
                Arguments.of("wrong audience", ISSUER.token("anna", citizen, null, claims -> claims.audience("somebody-else"))),
                Arguments.of("expired", ISSUER.token("anna", citizen, null, claims -> claims
                        .issueTime(Date.from(Instant.now().minusSeconds(3_600)))
                        .expirationTime(Date.from(Instant.now().minusSeconds(1_800))))),
                Arguments.of("unknown key id", ISSUER.signedByUnknownKey("anna", citizen, null)),
                Arguments.of("not a token at all", "kein.token.hier"));
    }

    @ParameterizedTest(name = "{0} -> 401")
    @MethodSource("badTokens")
    void badTokensAreRejectedWith401AndChangeNothing(String name, String token) {
        long before = mongo.getCollection("idea").countDocuments();

        HttpApi.Response write = api.withToken(token).post("/api/v1/ideas", IDEA);
        HttpApi.Response read = api.withToken(token).get("/api/v1/ideas");

        assertThat(write.status()).isEqualTo(401);
        assertThat(write.contentType()).startsWith("application/problem+json");
        assertThat(write.field("title")).isEqualTo("Anmeldung erforderlich");
        assertThat(read.status()).isEqualTo(401);
        assertThat(mongo.getCollection("idea").countDocuments()).isEqualTo(before);
    }

    @Test
    void managementEndpointsOtherThanHealthNeedAnAdminRole() {
        assertThat(api.get("/actuator/health/readiness").status()).isEqualTo(200);
        assertThat(api.get("/actuator/health/liveness").status()).isEqualTo(200);
        assertThat(api.get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(asCitizen("anna").get("/actuator/prometheus").status()).isEqualTo(403);
        assertThat(asModerator("mitte").get("/actuator/prometheus").status()).isEqualTo(403);
        // each request is observed as a whole, none of Spring Security's filters, authentications and
        // authorizations on its own (SecurityConfiguration)
        assertThat(asUnitAdmin("mitte").send("GET", "/actuator/prometheus", null, Map.of("Accept", "text/plain"))
                .text()).contains("gemeinsam_outbox_backlog", "http_server_requests_seconds_count")
                .doesNotContain("spring_security_");
        assertThat(asCentralOffice().get("/actuator/metrics").status()).isEqualTo(200);
    }

    static Stream<Arguments> changingABinding() {
        return Stream.of(
                Arguments.of("anonymous", 401),
                Arguments.of("citizen anna", 403),
                Arguments.of("moderator mitte", 403),
                Arguments.of("unit admin mitte", 204),
                Arguments.of("unit admin pankow", 403),
                Arguments.of("central office", 403));
    }

    /** Starting a binding that runs changes nothing, so the allowed call leaves the service as it was. */
    @ParameterizedTest(name = "{0} changes a binding through the actuator: {1}")
    @MethodSource("changingABinding")
    void changingManagementEndpointsNeedsAUnitAdminOfTheUnitTheCentralOfficeOnlyReads(String caller, int expected) {
        HttpApi.Response answer = as(caller).post("/actuator/bindings/participationEvents-in-0",
                "{\"state\":\"STARTED\"}");

        assertThat(answer.status()).isEqualTo(expected);
        assertThat(asCentralOffice().get("/actuator/bindings").status()).isEqualTo(200);
    }

    @Test
    void answersCarrySecurityHeadersAndNoCorsPermission() {
        HttpApi.Response answer = api.get("/api/v1/ideas");

        assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(answer.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(answer.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("default-src 'none'"));
        assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        HttpApi.Response preflight = api.send("OPTIONS", "/api/v1/ideas", null, Map.of(
                "Origin", "https://example.org", "Access-Control-Request-Method", "POST"));
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
}
