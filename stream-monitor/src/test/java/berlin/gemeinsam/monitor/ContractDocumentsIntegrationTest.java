package berlin.gemeinsam.monitor;

import berlin.gemeinsam.testsupport.ContractDocuments;
import berlin.gemeinsam.testsupport.HttpApi;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The monitor's OpenAPI document, readable without a token: every operation needs one. */
class ContractDocumentsIntegrationTest extends MonitorIntegrationTest {

    @Test
    void theServedOpenApiDocumentIsTheCommittedOne() {
        HttpApi.Response document = api.get("/v3/api-docs");

        assertThat(document.status()).isEqualTo(200);
        ContractDocuments.assertCommitted("docs/openapi/stream-monitor.json", document.text(), "stream-monitor");
    }

    @Test
    void everyOperationNeedsATokenAndAReplayNamesItsProblems() {
        JsonNode document = api.get("/v3/api-docs").json();

        assertThat(document.path("info").path("title").asString()).isEqualTo("stream-monitor");
        for (String path : new String[]{"/api/v1/streams", "/api/v1/consumers", "/api/v1/dead-letters",
                "/api/v1/dead-letters/replays", "/api/v1/dead-letters/{topic}"}) {
            JsonNode read = document.path("paths").path(path).path("get");
            assertThat(read.path("responses").propertyNames()).as(path).contains("200", "401", "403", "406");
            assertThat(read.path("security").size()).as(path).isEqualTo(1);
            assertThat(read.path("security").path(0).has("bearer")).as(path).isTrue();
        }
        JsonNode replay = document.path("paths").path("/api/v1/dead-letters/{topic}/{partition}/{offset}/replay")
                .path("post");
        assertThat(replay.path("responses").propertyNames()).contains("201", "401", "403", "404", "409");
    }

    @Test
    void aMonitorPublishesNoEventsAndServesNoAsyncApiDocument() {
        assertThat(api.get("/asyncapi.json").status()).isEqualTo(404);
    }
}
