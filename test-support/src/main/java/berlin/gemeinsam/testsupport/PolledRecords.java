package berlin.gemeinsam.testsupport;

import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Records as one poll of the broker hands them to a consumer whose binding is in batch mode: their values, and per
 * record its headers and topic. For tests that need events handled in one piece, which the broker does not let a
 * test arrange: it cuts its polls as the records arrive.
 */
public final class PolledRecords {

    private final List<byte[]> values = new ArrayList<>();
    private final List<Map<String, Object>> headers = new ArrayList<>();
    private final List<String> topics = new ArrayList<>();
    private final List<String> eventKeys = new ArrayList<>();

    /**
     * Adds a record as {@link KafkaTestClient#send} would send it (the key only keeps a subject's records on one
     * partition, the consumer reads the subject from the headers).
     */
    public PolledRecords add(String topic, String key, byte[] value, Map<String, String> recordHeaders) {
        values.add(value);
        headers.add(new HashMap<>(recordHeaders));
        topics.add(topic);
        eventKeys.add(recordHeaders.get("ce_source") + "|" + recordHeaders.get("ce_id"));
        return this;
    }

    /** The poll as the binding hands it to its consumer. */
    public Message<List<byte[]>> message() {
        return MessageBuilder.withPayload(List.copyOf(values))
                .setHeader(KafkaHeaders.BATCH_CONVERTED_HEADERS, List.copyOf(headers))
                .setHeader(KafkaHeaders.RECEIVED_TOPIC, List.copyOf(topics))
                .build();
    }

    /** The events' identities (CloudEvents source and id), by which a consumer remembers what it handled. */
    public List<String> eventKeys() {
        return List.copyOf(eventKeys);
    }
}
