package berlin.gemeinsam.monitor.cluster.messaging;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The monitor's reads of the cluster: topics, partitions and offsets through the Admin client, and single records
 * through a consumer without a group (it assigns partitions and seeks, and commits nothing), opened per read.
 */
@Component
public class Cluster {

    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration POLL = Duration.ofMillis(100);

    private final Admin admin;
    private final Map<String, Object> readerProperties;

    public Cluster(Admin admin, KafkaProperties kafka) {
        this.admin = admin;
        Map<String, Object> properties = new HashMap<>(kafka.buildConsumerProperties());
        properties.remove(ConsumerConfig.GROUP_ID_CONFIG);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        this.readerProperties = Map.copyOf(properties);
    }

    public Admin admin() {
        return admin;
    }

    public Set<String> topicNames() {
        return await(admin.listTopics().names());
    }

    /** The partitions of the topics that exist. */
    public List<TopicPartition> partitionsOf(Collection<String> topics) {
        if (topics.isEmpty()) {
            return List.of();
        }
        Map<String, TopicDescription> descriptions = await(admin.describeTopics(topics).allTopicNames());
        List<TopicPartition> partitions = new ArrayList<>();
        descriptions.forEach((topic, description) -> description.partitions()
                .forEach(partition -> partitions.add(new TopicPartition(topic, partition.partition()))));
        return partitions;
    }

    public Map<TopicPartition, ListOffsetsResultInfo> offsets(Collection<TopicPartition> partitions,
                                                              OffsetSpec spec) {
        if (partitions.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, OffsetSpec> request = partitions.stream().distinct()
                .collect(Collectors.toMap(Function.identity(), partition -> spec));
        return await(admin.listOffsets(request).all());
    }

    public Map<TopicPartition, Long> endOffsets(Collection<TopicPartition> partitions) {
        return offsetsOnly(offsets(partitions, OffsetSpec.latest()));
    }

    public Map<TopicPartition, Long> startOffsets(Collection<TopicPartition> partitions) {
        return offsetsOnly(offsets(partitions, OffsetSpec.earliest()));
    }

    /**
     * The first record at or after each given offset (retention may have deleted the one at the offset); a
     * partition without a record there is left out.
     */
    public Map<TopicPartition, ConsumerRecord<byte[], byte[]>> firstRecordsFrom(Map<TopicPartition, Long> offsets) {
        Map<TopicPartition, ConsumerRecord<byte[], byte[]>> first = new HashMap<>();
        if (offsets.isEmpty()) {
            return first;
        }
        Map<TopicPartition, Long> ends = endOffsets(offsets.keySet());
        try (KafkaConsumer<byte[], byte[]> consumer = reader()) {
            consumer.assign(offsets.keySet());
            offsets.forEach(consumer::seek);
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (first.size() < offsets.size() && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    first.putIfAbsent(partition, record);
                }
                offsets.keySet().stream()
                        .filter(partition -> !first.containsKey(partition)
                                && consumer.position(partition) >= ends.getOrDefault(partition, 0L))
                        .forEach(partition -> first.put(partition, null));
            }
        }
        first.values().removeIf(record -> record == null);
        return first;
    }

    /** Every record from each given offset up to the partition's end offset. */
    public List<ConsumerRecord<byte[], byte[]>> recordsBetween(Map<TopicPartition, Long> from,
                                                               Map<TopicPartition, Long> to) {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        Map<TopicPartition, Long> reading = new HashMap<>(from);
        reading.entrySet().removeIf(entry -> entry.getValue() >= to.getOrDefault(entry.getKey(), 0L));
        if (reading.isEmpty()) {
            return records;
        }
        try (KafkaConsumer<byte[], byte[]> consumer = reader()) {
            consumer.assign(reading.keySet());
            reading.forEach(consumer::seek);
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (!reading.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (reading.containsKey(partition) && record.offset() < to.get(partition)) {
                        records.add(record);
                    }
                }
                reading.keySet().removeIf(partition -> consumer.position(partition) >= to.get(partition));
            }
        }
        return records;
    }

    private KafkaConsumer<byte[], byte[]> reader() {
        return new KafkaConsumer<>(readerProperties);
    }

    private static Map<TopicPartition, Long> offsetsOnly(Map<TopicPartition, ListOffsetsResultInfo> offsets) {
        Map<TopicPartition, Long> result = new HashMap<>();
        offsets.forEach((partition, info) -> result.put(partition, info.offset()));
        return result;
    }

    /** The Admin client's answer; a cluster that does not answer in time fails the read. */
    public static <T> T await(KafkaFuture<T> future) {
        try {
            return future.get(ANSWER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the cluster", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the cluster did not answer: " + e.getMessage(), e);
        }
    }
}
