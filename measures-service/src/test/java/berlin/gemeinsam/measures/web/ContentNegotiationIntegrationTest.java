package berlin.gemeinsam.measures.web;

import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.KafkaTestClient;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A request whose {@code Accept} no endpoint can meet is refused before anything is written. */
class ContentNegotiationIntegrationTest extends ServiceApiTest {

    private static final String MEASURES_TOPIC = "gemeinsam.mitte.measures";

    @Autowired
    MongoTemplate mongo;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    private static String measure(String title) {
        return """
                {"title":"%s","goal":"Mehr Schatten in der Innenstadt","type":"CENTRAL"}""".formatted(title);
    }

    @Test
    void aMeasureProposedAcceptingOnlyXmlIs406AndIsNeitherStoredNorPublished() {
        String refusedTitle = "Nicht lieferbar " + UUID.randomUUID();

        HttpApi.Response refused = asUnitAdmin("mitte").send("POST", "/api/v1/measures", measure(refusedTitle),
                Map.of("Accept", "application/xml"));

        assertThat(refused.status()).isEqualTo(406);
        assertThat(mongo.getCollection("measure").countDocuments(new Document("title", refusedTitle))).isZero();
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.field("title")).isEqualTo("Format nicht lieferbar");
        // a measure proposed after it is published; a measure.proposed of the refused one would be read with it
        HttpApi.Response proposed = asUnitAdmin("mitte").post("/api/v1/measures", measure("Danach richtig gefragt"));
        assertThat(proposed.status()).isEqualTo(201);
        String markerId = proposed.field("id");
        List<ConsumerRecord<String, String>> events = KafkaTestClient.readUntil(MEASURES_TOPIC,
                record -> (markerId.equals(record.key()) || record.value().contains(refusedTitle))
                        && "berlin.gemeinsam.measure.proposed.v1".equals(KafkaTestClient.header(record, "ce_type")),
                Duration.ofSeconds(20));
        assertThat(events).extracting(ConsumerRecord::key).containsExactly(markerId);
    }

    @Test
    void everyEndpointDeclaresWhatItProduces() {
        assertThat(handlerMapping.getHandlerMethods()).isNotEmpty().allSatisfy((mapping, method) ->
                assertThat(mapping.getProducesCondition().getProducibleMediaTypes()).as(method.toString())
                        .isNotEmpty());
    }
}
