package berlin.gemeinsam.platform.contracts;

import berlin.gemeinsam.events.EventStream;
import berlin.gemeinsam.events.catalog.EventCatalog;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The AsyncAPI 3.0 document of the event catalogue: a channel per stream (its topic pattern with the owning unit
 * as parameter), the operations of the services that send and receive on it, and each event type as a message in
 * the CloudEvents Kafka binary binding (the {@code ce_*} headers, the aggregate id as key) with its JSON Schema as
 * payload. service-platform's build writes it into its jar as {@code /asyncapi.json} ({@link #main}); producing
 * services serve it.
 */
public final class AsyncApiDocument {

    /** Where the jar carries the document. */
    public static final String RESOURCE = "/asyncapi.json";

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final String KAFKA_BINDING_VERSION = "0.5.0";
    private static final String HEADERS_SCHEMA = "CloudEventHeaders";

    /** The service that writes each stream, on the topics of its own unit. */
    private static final Map<EventStream, String> PRODUCERS = Map.of(
            EventStream.IDEAS, "ideas-service",
            EventStream.MEASURES, "measures-service",
            EventStream.PARTICIPATION, "participation-service");

    /** The services that consume each event type, from the topics of every unit. README's catalogue says why. */
    private static final Map<String, List<String>> CONSUMERS = Map.ofEntries(
            Map.entry("berlin.gemeinsam.idea.published.v1",
                    List.of("ideas-service", "measures-service", "notification-service", "participation-service")),
            Map.entry("berlin.gemeinsam.idea.adopted.v1",
                    List.of("ideas-service", "measures-service", "notification-service")),
            Map.entry("berlin.gemeinsam.idea.adoption-declined.v1", List.of("measures-service")),
            Map.entry("berlin.gemeinsam.idea.rejected.v1", List.of()),
            Map.entry("berlin.gemeinsam.idea.withdrawn.v1", List.of("ideas-service")),
            Map.entry("berlin.gemeinsam.idea.shortlisted.v1", List.of("ideas-service")),
            Map.entry("berlin.gemeinsam.idea.archived.v1", List.of("ideas-service")),
            Map.entry("berlin.gemeinsam.idea.edited.v1", List.of("ideas-service")),
            Map.entry("berlin.gemeinsam.measure.proposed.v1", List.of("ideas-service", "notification-service")),
            Map.entry("berlin.gemeinsam.support.given.v1", List.of("ideas-service")),
            Map.entry("berlin.gemeinsam.idea.published.v2", List.of("ideas-service", "notification-service")),
            Map.entry("berlin.gemeinsam.measure.proposed.v2", List.of("ideas-service", "notification-service")),
            Map.entry("berlin.gemeinsam.measure.idea-linked.v1", List.of("ideas-service", "notification-service")),
            Map.entry("berlin.gemeinsam.measure.health-changed.v1", List.of("notification-service")),
            Map.entry("berlin.gemeinsam.idea.adoption-declined.v2", List.of("measures-service")),
            Map.entry("berlin.gemeinsam.idea.merged.v1",
                    List.of("ideas-service", "measures-service", "notification-service", "participation-service")),
            Map.entry("berlin.gemeinsam.measure.controlling-reported.v1", List.of("measures-service")),
            Map.entry("berlin.gemeinsam.support.withdrawn.v1", List.of("ideas-service")),
            Map.entry("berlin.gemeinsam.follow.requested.v1", List.of("notification-service")),
            Map.entry("berlin.gemeinsam.format.waitlist-promoted.v1", List.of("notification-service")),
            Map.entry("berlin.gemeinsam.contribution.recorded.v1", List.of("participation-service")),
            Map.entry("berlin.gemeinsam.invitation.redeemed.v1", List.of("participation-service")),
            Map.entry("berlin.gemeinsam.participant.erased.v1", List.of("ideas-service", "notification-service")));

    private static final List<String> SERVICES = List.of(
            "ideas-service", "measures-service", "participation-service", "notification-service");

    private AsyncApiDocument() {
    }

    /** Writes the document to the file given as the only argument (the build's {@code process-classes}). */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: AsyncApiDocument <file to write>");
        }
        Path target = Path.of(args[0]);
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.writeString(target, json(), StandardCharsets.UTF_8);
    }

    /** The document as JSON, indented by two spaces. */
    public static String json() {
        Map<String, Object> document = object();
        document.put("asyncapi", "3.0.0");
        document.put("info", object(
                "title", "Gemeinsam events",
                "version", "1",
                "description", "The events the services of Gemeinsam publish to each other, one topic per owning "
                        + "unit and stream. Every event is a CloudEvent 1.0 in the Kafka binary content mode: the "
                        + "attributes are ce_* headers with raw UTF-8 values, the record key is the subject (the "
                        + "aggregate id, so one aggregate's events stay in order) and the value is the event as "
                        + "JSON. A changed contract gets a new type name (…v2); consumers skip types they do not "
                        + "handle."));
        document.put("defaultContentType", "application/json");
        document.put("channels", channels());
        document.put("operations", operations());
        document.put("components", object("messages", messages(), "schemas", schemas()));
        return JSON.writeValueAsString(document) + "\n";
    }

    private static Map<String, Object> channels() {
        Map<String, Object> channels = object();
        for (EventStream stream : EventStream.values()) {
            Map<String, Object> messages = object();
            for (Class<? extends Record> event : eventsOf(stream)) {
                messages.put(event.getSimpleName(), ref("#/components/messages/" + event.getSimpleName()));
            }
            channels.put(channelOf(stream), object(
                    "address", stream.topicOf("{unit}"),
                    "title", "The " + channelOf(stream) + " stream of a unit",
                    "description", "Written only by " + PRODUCERS.get(stream) + " of the owning unit; consumers "
                            + "subscribe to the pattern " + stream.topicOf("[a-z0-9-]+").replace(".", "\\.")
                            + " across all units.",
                    "parameters", object("unit", object(
                            "description", "Id of the owning unit (units.json), e.g. mitte, pankow or central.",
                            "examples", List.of("mitte", "pankow", "central"))),
                    "messages", messages));
        }
        return channels;
    }

    private static Map<String, Object> operations() {
        Map<String, Object> operations = object();
        for (EventStream stream : EventStream.values()) {
            String channel = channelOf(stream);
            operations.put(PRODUCERS.get(stream) + ".send." + channel, object(
                    "action", "send",
                    "channel", ref("#/channels/" + channel),
                    "summary", PRODUCERS.get(stream) + " publishes its unit's " + channel + " events.",
                    "messages", eventsOf(stream).stream().map(event -> messageOf(channel, event)).toList()));
        }
        for (String service : SERVICES) {
            for (EventStream stream : EventStream.values()) {
                String channel = channelOf(stream);
                List<Map<String, Object>> received = eventsOf(stream).stream()
                        .filter(event -> CONSUMERS.getOrDefault(EventCatalog.typeOf(event), List.of())
                                .contains(service))
                        .map(event -> messageOf(channel, event))
                        .toList();
                if (!received.isEmpty()) {
                    operations.put(service + ".receive." + channel, object(
                            "action", "receive",
                            "channel", ref("#/channels/" + channel),
                            "summary", service + " consumes these " + channel + " events of every unit; "
                                    + "its consumer group is <unit>." + service + ".",
                            "messages", received));
                }
            }
        }
        return operations;
    }

    private static Map<String, Object> messages() {
        Map<String, Object> messages = object();
        for (Class<? extends Record> event : EventCatalog.all()) {
            String type = EventCatalog.typeOf(event);
            Map<String, Object> schema = schemaOf(type);
            Map<String, Object> typeHeaders = object(
                    "ce_type", object("const", type),
                    "ce_dataschema", object("const", EventCatalog.schemaUriOf(type)));
            messages.put(event.getSimpleName(), object(
                    "name", type,
                    "title", event.getSimpleName(),
                    "summary", schema.get("description"),
                    "contentType", "application/json",
                    "headers", object("allOf", List.of(
                            ref("#/components/schemas/" + HEADERS_SCHEMA),
                            object("type", "object", "properties", typeHeaders))),
                    "payload", ref("#/components/schemas/" + type),
                    "bindings", object("kafka", object(
                            "key", object(
                                    "type", "string",
                                    "format", "uuid",
                                    "description", "The subject (ce_subject): the id of the aggregate."),
                            "bindingVersion", KAFKA_BINDING_VERSION))));
        }
        return messages;
    }

    private static Map<String, Object> schemas() {
        Map<String, Object> schemas = object();
        schemas.put(HEADERS_SCHEMA, cloudEventHeaders());
        for (Class<? extends Record> event : EventCatalog.all()) {
            String type = EventCatalog.typeOf(event);
            schemas.put(type, schemaOf(type));
        }
        return schemas;
    }

    /** The CloudEvents attributes as Kafka headers (binary content mode); every value is raw UTF-8 text. */
    private static Map<String, Object> cloudEventHeaders() {
        Map<String, Object> headers = object(
                "ce_specversion", object("const", "1.0"),
                "ce_id", object("type", "string", "format", "uuid",
                        "description", "Unique per source; a consumer drops an event whose source and id it "
                                + "handled before."),
                "ce_source", object("type", "string", "pattern", "^/units/[a-z0-9-]+/[a-z-]+$",
                        "description", "/units/<unit>/<service>: the instance that published the event."),
                "ce_type", object("type", "string",
                        "description", "The versioned event type, e.g. berlin.gemeinsam.idea.published.v1."),
                "ce_subject", object("type", "string", "format", "uuid",
                        "description", "The id of the aggregate, also the record key."),
                "ce_time", object("type", "string", "format", "date-time"),
                "ce_dataschema", object("type", "string", "format", "uri",
                        "description", "The JSON Schema of the value: " + EventCatalog.SCHEMA_BASE_URI
                                + "<type>.json."),
                "ce_unit", object("type", "string", "pattern", "^[a-z0-9-]+$",
                        "description", "Extension attribute: the unit that owns the aggregate and the topic."),
                "content-type", object("const", "application/json",
                        "description", "The CloudEvents datacontenttype."));
        List<String> required = new ArrayList<>(headers.keySet());
        // optional: events written before the outboxes recorded it have none
        headers.put("ce_sequence", object("type", "string", "pattern", "^[0-9]{19}\\.[0-9]{4}$",
                "description", "Extension attribute (CloudEvents sequence): the event's place in the order of its "
                        + "aggregate's events, <version>.<index>: the version the aggregate reached with the change "
                        + "that caused the event (19 digits) and the event's index among that change's events (4 "
                        + "digits), zero-padded, so that comparing two sequences of one subject as strings orders them "
                        + "as the changes happened. A consumer that keeps the newest sequence it applied per subject "
                        + "ignores an older or repeated event."));
        return object(
                "type", "object",
                "description", "The CloudEvents 1.0 Kafka protocol binding, binary content mode.",
                "required", required,
                "properties", headers);
    }

    private static List<Class<? extends Record>> eventsOf(EventStream stream) {
        return EventCatalog.all().stream().filter(event -> EventCatalog.streamOf(event) == stream).toList();
    }

    private static Map<String, Object> messageOf(String channel, Class<? extends Record> event) {
        return ref("#/channels/" + channel + "/messages/" + event.getSimpleName());
    }

    private static String channelOf(EventStream stream) {
        return stream.name().toLowerCase(Locale.ROOT);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> schemaOf(String type) {
        try (InputStream in = EventCatalog.class.getResourceAsStream(EventCatalog.schemaResourceOf(type))) {
            if (in == null) {
                throw new IllegalStateException("no schema " + EventCatalog.schemaResourceOf(type));
            }
            return JSON.readValue(in, LinkedHashMap.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> ref(String pointer) {
        return object("$ref", pointer);
    }

    /** An object of name-value pairs, in the order given (the order the document shows). */
    private static Map<String, Object> object(Object... namesAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int index = 0; index < namesAndValues.length; index += 2) {
            object.put((String) namesAndValues[index], namesAndValues[index + 1]);
        }
        return object;
    }
}
