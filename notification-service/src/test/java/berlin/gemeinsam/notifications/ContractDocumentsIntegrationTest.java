package berlin.gemeinsam.notifications;

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
        ContractDocuments.assertCommitted("docs/openapi/notification-service.json", document.text(),
                "notification-service");
    }

    @Test
    void theOpenApiDocumentNamesEachProblemOfFollowingAndUnfollowingAndTheirToken() {
        JsonNode document = api.get("/v3/api-docs").json();

        assertThat(document.path("info").path("title").asString()).isEqualTo("notification-service");
        JsonNode follow = document.path("paths").path("/api/v1/subscriptions").path("post");
        assertThat(follow.path("responses").propertyNames())
                .contains("201", "400", "401", "403", "406", "409", "413", "415", "429");
        JsonNode unfollow = document.path("paths").path("/api/v1/subscriptions/{id}").path("delete");
        assertThat(unfollow.path("responses").propertyNames()).contains("204", "401", "403", "404", "429")
                .doesNotContain("200", "413");
        assertThat(unfollow.path("responses").path("401").path("content").path("application/problem+json")
                .path("schema").path("$ref").asString()).isEqualTo("#/components/schemas/Problem");
        assertThat(unfollow.path("security").path(0).has("bearer")).isTrue();
    }

    @Test
    void aServiceThatPublishesNoEventsServesNoAsyncApiDocument() {
        assertThat(api.get("/asyncapi.json").status()).isEqualTo(404);
    }

    @Test
    void swaggerUiOpensWithoutAToken() {
        HttpApi.Response page = api.send("GET", "/swagger-ui/index.html", null, Map.of("Accept", "text/html"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
    }
}
