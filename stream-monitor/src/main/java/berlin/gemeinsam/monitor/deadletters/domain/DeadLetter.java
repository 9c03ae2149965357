package berlin.gemeinsam.monitor.deadletters.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One entry of a dead-letter topic: the event as it was consumed (key, value, its headers) and the headers the
 * dead-letter publisher added: where it came from and why it failed.
 *
 * @param topic     the dead-letter topic
 * @param partition its partition there
 * @param offset    its offset there
 * @param timestamp when it was dead-lettered
 * @param key       the event's key (the aggregate id), may be {@code null}
 * @param value     the event's payload as it was consumed, may be {@code null}
 * @param headers   every header, the event's and the dead-letter publisher's
 */
public record DeadLetter(String topic, int partition, long offset, Instant timestamp, byte[] key, byte[] value,
                         List<RecordHeader> headers) {

    /** The prefix of the headers the dead-letter publisher adds (Spring Kafka's {@code kafka_dlt-…}). */
    public static final String FAILURE_HEADER_PREFIX = "kafka_dlt-";
    public static final String ORIGINAL_TOPIC = "kafka_dlt-original-topic";
    public static final String ORIGINAL_PARTITION = "kafka_dlt-original-partition";
    public static final String ORIGINAL_OFFSET = "kafka_dlt-original-offset";
    public static final String ORIGINAL_TIMESTAMP = "kafka_dlt-original-timestamp";
    public static final String ORIGINAL_CONSUMER_GROUP = "kafka_dlt-original-consumer-group";
    public static final String EXCEPTION_CLASS = "kafka_dlt-exception-fqcn";
    public static final String EXCEPTION_CAUSE_CLASS = "kafka_dlt-exception-cause-fqcn";
    public static final String EXCEPTION_MESSAGE = "kafka_dlt-exception-message";

    public DeadLetter {
        headers = List.copyOf(headers);
    }

    public Optional<RecordHeader> header(String name) {
        RecordHeader last = null;
        for (RecordHeader header : headers) {
            if (header.name().equals(name)) {
                last = header;
            }
        }
        return Optional.ofNullable(last);
    }

    public String text(String name) {
        return header(name).map(RecordHeader::text).orElse(null);
    }

    public Long number(String name) {
        return header(name).map(RecordHeader::number).orElse(null);
    }

    /** The topic the event was consumed from, where a replay publishes it again. */
    public Optional<String> originalTopic() {
        return Optional.ofNullable(text(ORIGINAL_TOPIC)).filter(topic -> !topic.isBlank());
    }

    /** The event's own headers, without the dead-letter publisher's: what a replay publishes with it. */
    public List<RecordHeader> eventHeaders() {
        return headers.stream().filter(header -> !header.name().startsWith(FAILURE_HEADER_PREFIX)).toList();
    }

    /** The identity of this entry, {@code <topic>/<partition>/<offset>}: a dead letter is replayed once. */
    public String id() {
        return idOf(topic, partition, offset);
    }

    public static String idOf(String topic, int partition, long offset) {
        return topic + "/" + partition + "/" + offset;
    }
}
