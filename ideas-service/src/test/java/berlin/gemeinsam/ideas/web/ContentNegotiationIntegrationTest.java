package berlin.gemeinsam.ideas.web;

import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.KafkaTestClient;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A request whose {@code Accept} no endpoint can meet is refused before anything is written. */
class ContentNegotiationIntegrationTest extends ServiceApiTest {

    private static final String IDEAS_TOPIC = "gemeinsam.mitte.ideas";
    private static final String IDEA_PUBLISHED = "berlin.gemeinsam.idea.published.v1";

    @Autowired
    MongoTemplate mongo;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    private static String idea(String title) {
        return """
                {"title":"%s","problem":"Am Spreeufer gibt es kaum Sitzplätze.","authorId":"c-406"}"""
                .formatted(title);
    }

    @ParameterizedTest(name = "Accept: {0}")
    @ValueSource(strings = {"application/xml", "text/html"})
    void anIdeaSubmittedAcceptingNoJsonIs406AndIsNotStored(String accept) {
        String title = "Nicht lieferbar " + UUID.randomUUID();

        HttpApi.Response refused = asCitizen("c-406").send("POST", "/api/v1/ideas", idea(title),
                Map.of("Accept", accept));

        assertThat(refused.status()).isEqualTo(406);
        assertThat(mongo.getCollection("idea").countDocuments(new Document("title", title))).isZero();
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.field("title")).isEqualTo("Format nicht lieferbar");
    }

    @Test
    void publishingAcceptingOnlyHtmlIs406AndPublishesNothingUntilAskedProperly() {
        HttpApi.Response submitted = asCitizen("c-406").post("/api/v1/ideas", idea("Erst richtig fragen"));
        String id = submitted.field("id");

        HttpApi.Response refused = asModerator("mitte").send("POST", "/api/v1/ideas/" + id + "/publish", null,
                Map.of("Accept", "text/html"));

        assertThat(refused.status()).isEqualTo(406);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(asCitizen("c-406").get("/api/v1/ideas/" + id).field("status")).isEqualTo("SUBMITTED");
        // a proper publish afterwards: had the refused one been stored, this one would be a 409 and no event
        assertThat(asModerator("mitte").post("/api/v1/ideas/" + id + "/publish", "").status()).isEqualTo(200);
        assertThat(KafkaTestClient.readUntil(IDEAS_TOPIC, record -> id.equals(record.key())
                && IDEA_PUBLISHED.equals(KafkaTestClient.header(record, "ce_type")), Duration.ofSeconds(20)))
                .hasSize(1);
    }

    @Test
    void everyEndpointDeclaresWhatItProduces() {
        assertThat(handlerMapping.getHandlerMethods()).isNotEmpty().allSatisfy((mapping, method) ->
                assertThat(mapping.getProducesCondition().getProducibleMediaTypes()).as(method.toString())
                        .isNotEmpty());
    }
}
