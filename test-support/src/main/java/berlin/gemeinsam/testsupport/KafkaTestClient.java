package berlin.gemeinsam.testsupport;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

/** Plain Kafka clients on the shared broker: what a test sends and reads bypasses the service under test. */
public final class KafkaTestClient {

    /** How long a read goes on after the last expected match, to catch repeats that would follow it. */
    private static final Duration REPEATS = Duration.ofMillis(500);

    private KafkaTestClient() {
    }

    /** Sends a raw record and waits for the broker's acknowledgement. */
    public static void send(String topic, String key, byte[] value, Map<String, String> headers) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafkaBroker.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer =
                     new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            List<Header> recordHeaders = new ArrayList<>();
            headers.forEach((name, headerValue) ->
                    recordHeaders.add(new RecordHeader(name, headerValue.getBytes(StandardCharsets.UTF_8))));
            producer.send(new ProducerRecord<>(topic, null, key, value, recordHeaders)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** CloudEvents headers of an event of the given type, as our services write them. */
    public static Map<String, String> cloudEventHeaders(String id, String source, String type, String subject,
                                                        String unit) {
        return Map.of(
                "ce_specversion", "1.0",
                "ce_id", id,
                "ce_source", source,
                "ce_type", type,
                "ce_subject", subject,
                "ce_time", Instant.now().toString(),
                "ce_unit", unit,
                "content-type", "application/json");
    }

    /**
     * Reads the topic from the beginning until a record matches or the timeout passes, and returns all records
     * read so far that match (with a moment longer for repeats that would follow the first match).
     */
    public static List<ConsumerRecord<String, String>> readUntil(String topic,
            Predicate<ConsumerRecord<String, String>> match, Duration timeout) {
        return read(topic, match, 1, timeout);
    }

    /**
     * Reads the topic from its beginning until {@code expected} records match or the timeout passes, and a moment
     * longer for repeats; returns the matching records in the order they were read (per partition, the order on
     * the topic).
     */
    public static List<ConsumerRecord<String, String>> read(String topic,
            Predicate<ConsumerRecord<String, String>> match, int expected, Duration timeout) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafkaBroker.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, "500");
        List<ConsumerRecord<String, String>> matching = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (matching.size() < expected && System.nanoTime() < deadline) {
                poll(consumer, match, matching, Duration.ofMillis(200));
            }
            if (matching.size() >= expected) {
                poll(consumer, match, matching, REPEATS);
            }
        }
        return matching;
    }

    private static void poll(KafkaConsumer<String, String> consumer, Predicate<ConsumerRecord<String, String>> match,
                             List<ConsumerRecord<String, String>> matching, Duration timeout) {
        for (ConsumerRecord<String, String> record : consumer.poll(timeout)) {
            if (match.test(record)) {
                matching.add(record);
            }
        }
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

}
