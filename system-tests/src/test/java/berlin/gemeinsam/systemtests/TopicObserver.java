package berlin.gemeinsam.systemtests;

import berlin.gemeinsam.testsupport.KafkaTestClient;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads one topic from its beginning for as long as the suite runs, across broker pauses and restarts, and
 * counts the copies of each event per subject: an event the relay sent again after a failure shows up twice.
 * It reads by partition assignment, without a consumer group, so a rebalance never makes it read anything twice.
 */
final class TopicObserver implements AutoCloseable {

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final String topic;
    private final String eventType;
    /** subject, then event id, then the offsets it was found at */
    private final Map<String, Map<String, Set<String>>> copies = new ConcurrentHashMap<>();
    private final Thread reader;
    private volatile boolean running = true;

    TopicObserver(String bootstrapServers, String topic, String eventType) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        this.consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.topic = topic;
        this.eventType = eventType;
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(partition -> new TopicPartition(topic, partition.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        this.reader = new Thread(this::read, "topic-observer-" + topic);
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        try {
            while (running) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (eventType.equals(KafkaTestClient.header(record, "ce_type"))) {
                        copies.computeIfAbsent(KafkaTestClient.header(record, "ce_subject"),
                                        subject -> new ConcurrentHashMap<>())
                                .computeIfAbsent(KafkaTestClient.header(record, "ce_id"),
                                        id -> ConcurrentHashMap.newKeySet())
                                .add(record.partition() + "@" + record.offset());
                    }
                }
            }
        } catch (WakeupException closing) {
            // close() ends the reading
        } finally {
            consumer.close();
        }
    }

    /** Whether the event of this subject is on the topic. */
    boolean has(String subject) {
        return copies.containsKey(subject);
    }

    /** How many more copies of this subject's events are on the topic than events. */
    int resent(String subject) {
        return copies.getOrDefault(subject, Map.of()).values().stream().mapToInt(offsets -> offsets.size() - 1).sum();
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            reader.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "events of type " + eventType + " on " + topic;
    }
}
