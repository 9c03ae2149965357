package berlin.gemeinsam.notifications.web;

import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A request whose {@code Accept} no endpoint can meet is refused before anything is written. */
class ContentNegotiationIntegrationTest extends ServiceApiTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    private static String following(String subscriber) {
        return """
                {"subscriberId":"%s","target":{"type":"UNIT","id":"mitte"}}""".formatted(subscriber);
    }

    private long subscriptionsOf(String subscriber) {
        return asCitizen(subscriber).get("/api/v1/subscribers/" + subscriber + "/subscriptions").json()
                .path("totalItems").asLong();
    }

    @Test
    void followingAcceptingOnlyXmlIs406AndCreatesNoSubscription() {
        String subscriber = "citizen-" + UUID.randomUUID();

        HttpApi.Response refused = asCitizen(subscriber).send("POST", "/api/v1/subscriptions", following(subscriber),
                Map.of("Accept", "application/xml"));

        assertThat(refused.status()).isEqualTo(406);
        assertThat(subscriptionsOf(subscriber)).isZero();
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.field("title")).isEqualTo("Format nicht lieferbar");
        // following again answers 200 with the existing subscription; had the refused one been stored, not 201
        assertThat(asCitizen(subscriber).post("/api/v1/subscriptions", following(subscriber)).status())
                .isEqualTo(201);
    }

    @Test
    void unfollowingAcceptingOnlyHtmlIs406AndKeepsTheSubscription() {
        String subscriber = "citizen-" + UUID.randomUUID();
        String id = asCitizen(subscriber).post("/api/v1/subscriptions", following(subscriber)).field("id");

        HttpApi.Response refused = asCitizen(subscriber).send("DELETE", "/api/v1/subscriptions/" + id, null,
                Map.of("Accept", "text/html"));

        assertThat(refused.status()).isEqualTo(406);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(subscriptionsOf(subscriber)).isEqualTo(1);
    }

    @Test
    void everyEndpointDeclaresWhatItProducesTheLiveFeedEventsTheRestJson() {
        assertThat(handlerMapping.getHandlerMethods()).isNotEmpty().allSatisfy((mapping, method) ->
                assertThat(mapping.getProducesCondition().getProducibleMediaTypes()).as(method.toString())
                        .isNotEmpty());
        assertThat(handlerMapping.getHandlerMethods()).anySatisfy((mapping, method) -> {
            assertThat(method.getMethod().getName()).isEqualTo("stream");
            assertThat(mapping.getProducesCondition().getProducibleMediaTypes())
                    .extracting(Object::toString).containsExactly("text/event-stream");
        });
    }
}
