package berlin.gemeinsam.ideas.web;

import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.RawHttp;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import berlin.gemeinsam.testsupport.TestIssuer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors the framework, the security filters and the servlet container raise themselves are problems in the
 * caller's language like the service's own, and a request they refuse stores nothing.
 */
class ProtocolErrorsIntegrationTest extends ServiceApiTest {

    private static final JsonMapper JSON = JsonMapper.shared();

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    private static String idea(String title) {
        return """
                {"title":"%s","problem":"Am Spreeufer gibt es kaum Sitzplätze.","authorId":"anna"}""".formatted(title);
    }

    private long storedIdeasTitled(String title) {
        return mongo.getCollection("idea").countDocuments(new Document("title", title));
    }

    private static JsonNode problemOf(RawHttp.Response answer) {
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        return JSON.readTree(answer.body());
    }

    @ParameterizedTest(name = "Accept-Language: {0}")
    @CsvSource({"de, Methode nicht erlaubt, Format nicht unterstützt",
            "en, Method not allowed, Unsupported media type"})
    void theFrameworksOwnErrorsAreProblemsInTheCallersLanguage(String language, String title405, String title415) {
        HttpApi citizen = asCitizen("anna").inLanguage(language);

        HttpApi.Response wrongMethod = citizen.send("PUT", "/api/v1/ideas", idea("PUT"), Map.of());
        HttpApi.Response wrongType = citizen.send("POST", "/api/v1/ideas", idea("Text"),
                Map.of("Content-Type", "text/plain"));

        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.contentType()).startsWith("application/problem+json");
        assertThat(wrongMethod.field("title")).isEqualTo(title405);
        assertThat(wrongMethod.field("detail")).doesNotContain("'PUT'");
        assertThat(wrongType.status()).isEqualTo(415);
        assertThat(wrongType.contentType()).startsWith("application/problem+json");
        assertThat(wrongType.field("title")).isEqualTo(title415);
        assertThat(wrongType.field("detail")).doesNotContain("text/plain' is not supported");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/v1/ideas;x=1", "/api/v1/ideas/a%2Fb"})
    void pathsTheFirewallOrTheContainerRejectAre400ProblemsInTheCallersLanguage(String path) {
        RawHttp.Response german = RawHttp.exchange(port, "GET " + path + " HTTP/1.1", List.of(), null);
        RawHttp.Response english = RawHttp.exchange(port, "GET " + path + " HTTP/1.1",
                List.of("Accept-Language: en"), null);

        assertThat(german.status()).isEqualTo(400);
        assertThat(problemOf(german).path("title").asString()).isEqualTo("Fehlerhafte Anfrage");
        assertThat(english.status()).isEqualTo(400);
        assertThat(problemOf(english).path("title").asString()).isEqualTo("Bad request");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"GET /api/v1/ideas/{id} HTTP/1.1", "GET /api/v1/ideas HTTP/1.1 extra",
            "G\u00c4T /api/v1/ideas HTTP/1.1"})
    void aMalformedRequestLineIsA400Problem(String requestLine) {
        RawHttp.Response answer = RawHttp.exchange(port, requestLine, List.of("Accept-Language: en"), null);

        assertThat(answer.status()).isEqualTo(400);
        JsonNode problem = problemOf(answer);
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(answer.body()).doesNotContain("Tomcat").doesNotContain("Exception");
    }

    @Test
    void twoAuthorizationHeadersAreA400ProblemAndStoreNothing() {
        String title = "Zwei Tokens " + UUID.randomUUID();
        String anna = TestIssuer.get().citizen("anna");

        RawHttp.Response answer = RawHttp.exchange(port, "POST /api/v1/ideas HTTP/1.1", List.of(
                "Authorization: Bearer " + anna, "Authorization: Bearer " + TestIssuer.get().citizen("ben"),
                "Content-Type: application/json", "Accept: application/json"), idea(title));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(problemOf(answer).path("title").asString()).isEqualTo("Mehrdeutige Anmeldung");
        assertThat(storedIdeasTitled(title)).isZero();
    }

    @Test
    void a401SaysABearerTokenIsNeededAndWhetherThePresentedOneWasRejected() {
        HttpApi.Response anonymous = api.post("/api/v1/ideas", idea("Ohne Token"));
        HttpApi.Response forged = api.withToken(TestIssuer.get().signedByUnknownKey("anna", List.of("CITIZEN"), null))
                .post("/api/v1/ideas", idea("Gefälscht"));

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.contentType()).startsWith("application/problem+json");
        assertThat(forged.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(challenge ->
                assertThat(challenge).startsWith("Bearer").contains("error=\"invalid_token\""));
    }

    @Test
    void changingABindingThatDoesNotExistIsA404Problem() {
        HttpApi.Response answer = asUnitAdmin("mitte").post("/actuator/bindings/no-such-binding",
                "{\"state\":\"STOPPED\"}");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.field("detail")).contains("no-such-binding");
    }
}
