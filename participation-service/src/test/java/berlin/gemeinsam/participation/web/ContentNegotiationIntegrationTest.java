package berlin.gemeinsam.participation.web;

import berlin.gemeinsam.participation.PankowIdeas;
import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A request whose {@code Accept} no endpoint can meet is refused before anything is written. */
class ContentNegotiationIntegrationTest extends ServiceApiTest {


    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Test
    void aSupportGivenAcceptingOnlyHtmlIs406AndIsNotStored() {
        String ideaId = PankowIdeas.published(api);
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
