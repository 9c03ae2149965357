package berlin.gemeinsam.testsupport;

import berlin.gemeinsam.events.catalog.EventCatalog;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Validates event data against the JSON Schema of its type, as shipped in the event-contracts module. */
public final class EventSchemas {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /** The schema violations of {@code json} as an event of {@code type}; empty when it is valid. */
    public static Set<String> violations(String type, String json) {
        Set<ValidationMessage> messages = schemaOf(type).validate(json, InputFormat.JSON);
        return messages.stream().map(ValidationMessage::getMessage).collect(Collectors.toSet());
    }

    public static void assertValid(String type, String json) {
        Set<String> violations = violations(type, json);
        if (!violations.isEmpty()) {
            throw new AssertionError("event " + type + " violates its schema: " + violations + "\n" + json);
        }
    }

    private static JsonSchema schemaOf(String type) {
        return SCHEMAS.computeIfAbsent(type, key -> {
            try (InputStream schema = EventCatalog.class.getResourceAsStream(EventCatalog.schemaResourceOf(key))) {
                if (schema == null) {
                    throw new AssertionError("no JSON Schema for event type " + key);
                }
                return FACTORY.getSchema(schema, CONFIG);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
