package berlin.gemeinsam.platform.events;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.springframework.messaging.Message;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The CloudEvents Kafka protocol binding, binary content mode. Header values are written as raw UTF-8 bytes,
 * as the binding specifies, so that any CloudEvents reader (not only Spring) understands them.
 */
public final class CloudEventsKafka {

    public static final String SPEC_VERSION = "1.0";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String SPECVERSION = "ce_specversion";
    public static final String DATASCHEMA = "ce_dataschema";
    /** Extension attribute naming the unit that owns the aggregate. */
    public static final String UNIT = "ce_unit";
    /** The CloudEvents sequence extension: the event's place in its aggregate's order ({@link EventSequence}). */
    public static final String SEQUENCE = "ce_sequence";
    /** The binding maps {@code datacontenttype} to the Kafka {@code content-type} header. */
    public static final String CONTENT_TYPE = "content-type";
    public static final String JSON = "application/json";

    private CloudEventsKafka() {
    }

    /** The record of an event on its topic, keyed by its subject so that one aggregate's events stay in order. */
    public static ProducerRecord<byte[], byte[]> toRecord(String topic, EventEnvelope event) {
        List<Header> headers = new ArrayList<>(List.of(
                header(SPECVERSION, SPEC_VERSION),
                header(ID, event.id()),
                header(SOURCE, event.source()),
                header(TYPE, event.type()),
                header(SUBJECT, event.subject()),
                header(TIME, event.time().toString()),
                header(DATASCHEMA, event.dataschema()),
                header(UNIT, event.unit()),
                header(CONTENT_TYPE, JSON)));
        if (event.sequence() != null) {
            headers.add(header(SEQUENCE, event.sequence()));
        }
        return new ProducerRecord<>(topic, null, bytes(event.subject()), event.data(), headers);
    }

    /** Reads the envelope of a received message; a message that is no valid event is poison. */
    public static EventEnvelope fromMessage(Message<byte[]> message) {
        return fromRecord(message.getHeaders(), message.getPayload());
    }

    /**
     * Reads the envelope of a record of a batch from its headers as the binder mapped them and its value; a record
     * that is no valid event is poison. Without a {@link Message} around each: building one copies the headers and
     * draws a random id for it.
     */
    public static EventEnvelope fromRecord(Map<String, Object> headers, byte[] payload) {
        String specVersion = required(headers, SPECVERSION);
        if (!SPEC_VERSION.equals(specVersion)) {
            throw new PoisonEventException("unsupported CloudEvents specversion " + specVersion);
        }
        String contentType = optional(headers, CONTENT_TYPE);
        if (contentType != null && !contentType.startsWith(JSON)) {
            throw new PoisonEventException("unsupported content-type " + contentType);
        }
        Instant time;
        try {
            time = Instant.parse(required(headers, TIME));
        } catch (DateTimeParseException e) {
            throw new PoisonEventException("ce_time is not an RFC 3339 timestamp", e);
        }
        return new EventEnvelope(
                required(headers, ID),
                required(headers, SOURCE),
                required(headers, TYPE),
                required(headers, SUBJECT),
                time,
                optional(headers, DATASCHEMA),
                required(headers, UNIT),
                payload,
                optional(headers, SEQUENCE));
    }

    private static String required(Map<String, Object> headers, String name) {
        String value = optional(headers, name);
        if (value == null || value.isBlank()) {
            throw new PoisonEventException("missing CloudEvents header " + name);
        }
        return value;
    }

    private static String optional(Map<String, Object> headers, String name) {
        Object value = headers.get(name);
        if (value instanceof byte[] raw) {
            return new String(raw, StandardCharsets.UTF_8);
        }
        return value == null ? null : value.toString();
    }

    private static Header header(String name, String value) {
        return new RecordHeader(name, bytes(value));
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
