package berlin.gemeinsam.participation.web;

import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.KafkaTestClient;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A request whose {@code Accept} no endpoint can meet is refused before anything is written. */
class ContentNegotiationIntegrationTest extends ServiceApiTest {

    private static final String IDEA_PUBLISHED = "berlin.gemeinsam.idea.published.v1";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    /** An idea published in pankow's ideas-service, as its event arrives; returns once it can be supported. */
    private String publishedPankowIdea() {
        String ideaId = UUID.randomUUID().toString();
        String data = """
                {"ideaId":"%s","unit":"pankow","title":"Trinkbrunnen","problem":"Im Sommer fehlt Wasser",
                 "proposal":null,"category":"Stadtraum","publishedAt":"2026-11-26T09:00:00Z"}""".formatted(ideaId);
        KafkaTestClient.send("gemeinsam.pankow.ideas", ideaId, data.getBytes(StandardCharsets.UTF_8),
                KafkaTestClient.cloudEventHeaders(UUID.randomUUID().toString(), "/units/pankow/ideas-service",
                        IDEA_PUBLISHED, ideaId, "pankow"));
        await().atMost(Duration.ofSeconds(45))
                .until(() -> api.get("/api/v1/ideas/" + ideaId + "/supports/summary").status() == 200);
        return ideaId;
    }

    @Test
    void aSupportGivenAcceptingOnlyHtmlIs406AndIsNotStored() {
        String ideaId = publishedPankowIdea();
        String support = """
                {"participantId":"p-406","helixGroup":"STATE"}""";

        HttpApi.Response refused = asCitizen("p-406").send("POST", "/api/v1/ideas/" + ideaId + "/supports",
                support, Map.of("Accept", "text/html"));

        assertThat(refused.status()).isEqualTo(406);
        assertThat(api.get("/api/v1/ideas/" + ideaId + "/supports/summary").json().path("total").asLong())
                .isZero();
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.field("title")).isEqualTo("Format nicht lieferbar");
        // a participant supports an idea once: had the refused support been stored, this would be a 409
        assertThat(asCitizen("p-406").post("/api/v1/ideas/" + ideaId + "/supports", support).status())
                .isEqualTo(201);
    }

    @Test
    void everyEndpointDeclaresWhatItProduces() {
        assertThat(handlerMapping.getHandlerMethods()).isNotEmpty().allSatisfy((mapping, method) ->
                assertThat(mapping.getProducesCondition().getProducibleMediaTypes()).as(method.toString())
                        .isNotEmpty());
    }
}
