package berlin.gemeinsam.monitor.deadletters.messaging;

import berlin.gemeinsam.monitor.cluster.messaging.Cluster;
import berlin.gemeinsam.monitor.deadletters.application.DeadLetterTopics;
import berlin.gemeinsam.monitor.deadletters.domain.DeadLetter;
import berlin.gemeinsam.monitor.deadletters.domain.DeadLetterTopic;
import berlin.gemeinsam.monitor.deadletters.domain.RecordHeader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The dead-letter topics read from the cluster, and replays published with the platform's reliable producer. */
@Component
class KafkaDeadLetterTopics implements DeadLetterTopics {

    /** The producer's delivery timeout and a little more: the broker has answered by then, one way or the other. */
    private static final long ACKNOWLEDGEMENT_WAIT_SECONDS = 35;

    private static final Comparator<DeadLetter> NEWEST_FIRST = Comparator.comparing(DeadLetter::timestamp)
            .thenComparingLong(DeadLetter::offset).thenComparingInt(DeadLetter::partition).reversed();

    private final Cluster cluster;
    private final KafkaTemplate<byte[], byte[]> replayTemplate;

    KafkaDeadLetterTopics(Cluster cluster, @Qualifier("replayKafkaTemplate") KafkaTemplate<byte[], byte[]> replayTemplate) {
        this.cluster = cluster;
        this.replayTemplate = replayTemplate;
    }

    @Override
    public List<DeadLetterTopic> all() {
        List<String> topics = cluster.topicNames().stream()
                .filter(topic -> DeadLetterTopic.unitAndServiceOf(topic).isPresent()).sorted().toList();
        List<TopicPartition> partitions = cluster.partitionsOf(topics);
        Map<TopicPartition, Long> starts = cluster.startOffsets(partitions);
        Map<TopicPartition, Long> ends = cluster.endOffsets(partitions);
        Map<String, Long> sizes = new HashMap<>();
        partitions.forEach(partition -> sizes.merge(partition.topic(),
                ends.getOrDefault(partition, 0L) - starts.getOrDefault(partition, 0L), Long::sum));
        return topics.stream().map(topic -> {
            String[] unitAndService = DeadLetterTopic.unitAndServiceOf(topic).orElseThrow();
            return new DeadLetterTopic(topic, unitAndService[0], unitAndService[1], sizes.getOrDefault(topic, 0L));
        }).toList();
    }

    @Override
    public Optional<List<DeadLetter>> newest(String topic, int limit) {
        if (!cluster.topicNames().contains(topic)) {
            return Optional.empty();
        }
        List<TopicPartition> partitions = cluster.partitionsOf(List.of(topic));
        Map<TopicPartition, Long> starts = cluster.startOffsets(partitions);
        Map<TopicPartition, Long> ends = cluster.endOffsets(partitions);
        Map<TopicPartition, Long> from = new HashMap<>();
        partitions.forEach(partition -> from.put(partition,
                Math.max(starts.getOrDefault(partition, 0L), ends.getOrDefault(partition, 0L) - limit)));
        return Optional.of(cluster.recordsBetween(from, ends).stream().map(KafkaDeadLetterTopics::deadLetterOf)
                .sorted(NEWEST_FIRST).limit(limit).toList());
    }

    @Override
    public Optional<DeadLetter> find(String topic, int partition, long offset) {
        if (!cluster.topicNames().contains(topic)) {
            return Optional.empty();
        }
        TopicPartition topicPartition = new TopicPartition(topic, partition);
        if (!cluster.partitionsOf(List.of(topic)).contains(topicPartition)
                || offset < cluster.startOffsets(List.of(topicPartition)).getOrDefault(topicPartition, 0L)
                || offset >= cluster.endOffsets(List.of(topicPartition)).getOrDefault(topicPartition, 0L)) {
            return Optional.empty();
        }
        List<ConsumerRecord<byte[], byte[]>> records = cluster.recordsBetween(Map.of(topicPartition, offset),
                Map.of(topicPartition, offset + 1));
        return records.stream().filter(record -> record.offset() == offset).findFirst()
                .map(KafkaDeadLetterTopics::deadLetterOf);
    }

    @Override
    public void republish(DeadLetter deadLetter, String originalTopic) {
        List<Header> headers = new ArrayList<>();
        deadLetter.eventHeaders().forEach(header -> headers.add(
                new org.apache.kafka.common.header.internals.RecordHeader(header.name(), header.value())));
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(originalTopic, null, deadLetter.key(),
                deadLetter.value(), headers);
        try {
            replayTemplate.send(record).get(ACKNOWLEDGEMENT_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while replaying " + deadLetter.id(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the broker did not take the replay of " + deadLetter.id(), e);
        }
    }

    private static DeadLetter deadLetterOf(ConsumerRecord<byte[], byte[]> record) {
        List<RecordHeader> headers = new ArrayList<>();
        record.headers().forEach(header -> headers.add(new RecordHeader(header.key(), header.value())));
        return new DeadLetter(record.topic(), record.partition(), record.offset(),
                Instant.ofEpochMilli(record.timestamp()), record.key(), record.value(), headers);
    }
}
