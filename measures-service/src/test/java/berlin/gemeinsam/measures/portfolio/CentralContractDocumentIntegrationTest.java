package berlin.gemeinsam.measures.portfolio;

import berlin.gemeinsam.testsupport.ContractDocuments;
import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The central instance serves other endpoints than a unit's (the portfolio; no proposing or changing of measures), so
 * its OpenAPI document is committed beside the unit's.
 */
@TestPropertySource(properties = "gemeinsam.unit=central")
class CentralContractDocumentIntegrationTest extends ServiceApiTest {

    @Test
    void theCentralInstancesOpenApiDocumentIsTheCommittedOne() {
        HttpApi.Response document = api.get("/v3/api-docs");

        assertThat(document.status()).isEqualTo(200);
        JsonNode paths = document.json().path("paths");
        assertThat(paths.has("/api/v1/portfolio")).isTrue();
        assertThat(paths.has("/api/v1/portfolio/measures")).isTrue();
        assertThat(paths.has("/api/v1/measures/export")).isTrue();
        assertThat(paths.has("/api/v1/measures/{id}/plan")).isFalse();
        ContractDocuments.assertCommitted("docs/openapi/measures-service-central.json", document.text(),
                "measures-service");
    }
}
