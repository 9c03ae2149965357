package berlin.gemeinsam.ideas;

import berlin.gemeinsam.platform.contracts.AsyncApiDocument;
import berlin.gemeinsam.testsupport.ContractDocuments;
import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The contracts a client reads without a token: the OpenAPI document, Swagger UI and the AsyncAPI document. */
class ContractDocumentsIntegrationTest extends ServiceApiTest {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Test
    void theServedOpenApiDocumentIsTheCommittedOne() {
        HttpApi.Response document = api.get("/v3/api-docs");

        assertThat(document.status()).isEqualTo(200);
        ContractDocuments.assertCommitted("docs/openapi/ideas-service.json", document.text(), "ideas-service");
    }

    @Test
    void theOpenApiDocumentNamesEachProblemOfSubmittingAnIdeaAndItsToken() {
        JsonNode document = api.get("/v3/api-docs").json();

        assertThat(document.path("openapi").asString()).startsWith("3.1");
        assertThat(document.path("info").path("title").asString()).isEqualTo("ideas-service");
        JsonNode submit = document.path("paths").path("/api/v1/ideas").path("post");
        assertThat(submit.path("responses").propertyNames())
                .contains("201", "400", "401", "403", "406", "409", "413", "415", "422", "429");
        assertThat(submit.path("responses").path("400").path("content").path("application/problem+json")
                .path("schema").path("$ref").asString()).isEqualTo("#/components/schemas/Problem");
        assertThat(submit.path("security").path(0).has("bearer")).isTrue();
        assertThat(document.path("paths").path("/api/v1/ideas/{id}").path("get").path("responses").propertyNames())
                .contains("200", "400", "404", "406").doesNotContain("401", "429");
        assertThat(document.path("components").path("securitySchemes").path("bearer").path("bearerFormat")
                .asString()).isEqualTo("JWT");
        assertThat(document.path("components").path("schemas").path("Problem").path("properties").propertyNames())
                .contains("type", "title", "status", "detail", "instance", "errors");
    }

    @Test
    void swaggerUiOpensWithoutATokenUnderItsOwnContentSecurityPolicy() {
        HttpApi.Response entry = api.send("GET", "/swagger-ui.html", null, Map.of("Accept", BROWSER));
        HttpApi.Response page = api.send("GET", "/swagger-ui/index.html", null, Map.of("Accept", BROWSER));

        assertThat(entry.status()).isEqualTo(302);
        assertThat(entry.location()).endsWith("/swagger-ui/index.html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("script-src 'self'"));
        assertThat(api.get("/api/v1/ideas").headers().firstValue("Content-Security-Policy"))
                .hasValue("default-src 'none'; frame-ancestors 'none'");
    }

    @Test
    void theServiceServesTheAsyncApiDocumentOfTheEventsWithoutAToken() {
        HttpApi.Response document = api.get("/asyncapi.json");

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.json()).isEqualTo(JsonMapper.shared().readTree(AsyncApiDocument.json()));
        assertThat(document.json().path("channels").path("ideas").path("address").asString())
                .isEqualTo("gemeinsam.{unit}.ideas");
    }
}
