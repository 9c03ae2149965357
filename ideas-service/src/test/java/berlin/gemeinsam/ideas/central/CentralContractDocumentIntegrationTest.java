package berlin.gemeinsam.ideas.central;

import berlin.gemeinsam.testsupport.ContractDocuments;
import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The central instance serves other endpoints than a unit's (the statistics, no moderation), so its OpenAPI document
 * is committed beside the unit's.
 */
@TestPropertySource(properties = "gemeinsam.unit=central")
class CentralContractDocumentIntegrationTest extends ServiceApiTest {

    @Test
    void theCentralInstancesOpenApiDocumentIsTheCommittedOne() {
        HttpApi.Response document = api.get("/v3/api-docs");

        assertThat(document.status()).isEqualTo(200);
        JsonNode paths = document.json().path("paths");
        assertThat(paths.has("/api/v1/ideas/stats")).isTrue();
        assertThat(paths.path("/api/v1/ideas").has("get")).isTrue();
        assertThat(paths.has("/api/v1/moderation/queue")).isFalse();
        ContractDocuments.assertCommitted("docs/openapi/ideas-service-central.json", document.text(), "ideas-service");
    }
}
