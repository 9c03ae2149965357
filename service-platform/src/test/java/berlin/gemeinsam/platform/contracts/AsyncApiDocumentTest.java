package berlin.gemeinsam.platform.contracts;

import berlin.gemeinsam.events.catalog.EventCatalog;
import berlin.gemeinsam.testsupport.ContractDocuments;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The AsyncAPI document of the event catalogue: built into service-platform's jar, committed as docs/asyncapi.json. */
class AsyncApiDocumentTest {

    private static final JsonMapper JSON = JsonMapper.shared();

    @Test
    void theAsyncApiDocumentOfTheCatalogueIsTheCommittedOne() {
        ContractDocuments.assertCommitted("docs/asyncapi.json", AsyncApiDocument.json(), "service-platform");
    }

    @Test
    void theJarCarriesTheDocumentTheCatalogueGives() throws IOException {
        try (InputStream in = AsyncApiDocument.class.getResourceAsStream(AsyncApiDocument.RESOURCE)) {
            assertThat(in).as("service-platform's build writes " + AsyncApiDocument.RESOURCE).isNotNull();
            assertThat(JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8)))
                    .isEqualTo(JSON.readTree(AsyncApiDocument.json()));
        }
    }

    @Test
    void everyEventIsAMessageOfItsStreamsChannelWithTheCloudEventsHeadersAndItsSchema() throws IOException {
        JsonNode document = JSON.readTree(AsyncApiDocument.json());
        assertThat(document.path("asyncapi").asString()).isEqualTo("3.0.0");
        assertThat(document.path("channels").path("ideas").path("address").asString())
                .isEqualTo("gemeinsam.{unit}.ideas");
        assertThat(document.path("channels").path("ideas").path("parameters").has("unit")).isTrue();
        assertThat(document.path("components").path("schemas").path("CloudEventHeaders").path("required")
                .valueStream().map(JsonNode::asString))
                .contains("ce_specversion", "ce_id", "ce_source", "ce_type", "ce_subject", "ce_time",
                        "ce_dataschema", "ce_unit", "content-type");
        for (Class<? extends Record> event : EventCatalog.all()) {
            String type = EventCatalog.typeOf(event);
            String channel = EventCatalog.streamOf(event).name().toLowerCase(Locale.ROOT);
            JsonNode message = document.path("components").path("messages").path(event.getSimpleName());
            assertThat(message.path("name").asString()).isEqualTo(type);
            assertThat(message.path("payload").path("$ref").asString()).isEqualTo("#/components/schemas/" + type);
            assertThat(message.path("bindings").path("kafka").path("key").path("type").asString()).isEqualTo("string");
            assertThat(document.path("channels").path(channel).path("messages").has(event.getSimpleName()))
                    .as(type + " on channel " + channel).isTrue();
            try (InputStream schema = EventCatalog.class.getResourceAsStream(EventCatalog.schemaResourceOf(type))) {
                assertThat(document.path("components").path("schemas").path(type))
                        .isEqualTo(JSON.readTree(new String(schema.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        assertThat(document.path("operations").path("ideas-service.send.ideas").path("action").asString())
                .isEqualTo("send");
        assertThat(document.path("operations").path("notification-service.receive.ideas").path("action").asString())
                .isEqualTo("receive");
    }
}
