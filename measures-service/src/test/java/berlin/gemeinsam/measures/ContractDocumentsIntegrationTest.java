package berlin.gemeinsam.measures;

import berlin.gemeinsam.testsupport.ContractDocuments;
import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The contracts a client reads without a token: the OpenAPI document and Swagger UI. */
class ContractDocumentsIntegrationTest extends ServiceApiTest {

    @Test
    void theServedOpenApiDocumentIsTheCommittedOne() {
        HttpApi.Response document = api.get("/v3/api-docs");

        assertThat(document.status()).isEqualTo(200);
        ContractDocuments.assertCommitted("docs/openapi/measures-service.json", document.text(), "measures-service");
    }

    @Test
    void theOpenApiDocumentNamesEachProblemOfProposingAMeasureAndItsToken() {
        JsonNode document = api.get("/v3/api-docs").json();

        assertThat(document.path("info").path("title").asString()).isEqualTo("measures-service");
        JsonNode propose = document.path("paths").path("/api/v1/measures").path("post");
        assertThat(propose.path("responses").propertyNames())
                .contains("201", "400", "401", "403", "406", "409", "413", "415", "422", "429");
        assertThat(propose.path("responses").path("409").path("content").path("application/problem+json")
                .path("schema").path("$ref").asString()).isEqualTo("#/components/schemas/Problem");
        assertThat(propose.path("security").path(0).has("bearer")).isTrue();
        assertThat(document.path("paths").path("/api/v1/measures/{id}").path("get").path("responses")
                .propertyNames()).contains("200", "404", "406");
    }

    @Test
    void swaggerUiOpensWithoutAToken() {
        HttpApi.Response page = api.send("GET", "/swagger-ui/index.html", null, Map.of("Accept", "text/html"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
    }
}
