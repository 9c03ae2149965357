package berlin.gemeinsam.platform.testapp;

import berlin.gemeinsam.testsupport.SharedKafkaBroker;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

/** Reads what arrived on a topic, bypassing the application under test. */
public final class TopicRecords {

    /** After the expected records, how long to read on for repeats that would follow them. */
    private static final Duration REPEATS = Duration.ofMillis(500);

    private TopicRecords() {
    }

    /**
     * Reads the topic from its beginning until {@code expected} records match or the timeout passes, and a moment
     * longer for repeats; returns the matching records in the order they were read (per partition, the order on
     * the topic).
     */
    public static List<ConsumerRecord<String, String>> read(String topic, Predicate<ConsumerRecord<String, String>> match,
                                                            int expected, Duration timeout) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafkaBroker.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "platform-test-reader-" + UUID.randomUUID());
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
}
