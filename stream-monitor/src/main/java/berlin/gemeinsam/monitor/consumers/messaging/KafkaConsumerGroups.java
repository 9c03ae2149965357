package berlin.gemeinsam.monitor.consumers.messaging;

import berlin.gemeinsam.monitor.cluster.messaging.Cluster;
import berlin.gemeinsam.monitor.consumers.application.ConsumerGroups;
import berlin.gemeinsam.monitor.consumers.domain.ConsumerGroup;
import berlin.gemeinsam.monitor.consumers.domain.PartitionPosition;
import berlin.gemeinsam.platform.units.UnitRegistry;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The units' consumer groups as the Admin client describes them; the time of a lagging partition's oldest unconsumed
 * record is read from that record itself (one record per lagging partition).
 */
@Component
class KafkaConsumerGroups implements ConsumerGroups {

    private static final Comparator<PartitionPosition> BY_TOPIC_AND_PARTITION =
            Comparator.comparing(PartitionPosition::topic).thenComparingInt(PartitionPosition::partition);

    private final Cluster cluster;
    private final UnitRegistry units;

    KafkaConsumerGroups(Cluster cluster, UnitRegistry units) {
        this.cluster = cluster;
        this.units = units;
    }

    @Override
    public List<ConsumerGroup> all() {
        List<String> ids = unitGroupIds();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, ConsumerGroupDescription> descriptions = describe(ids);
        Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = Cluster.await(cluster.admin()
                .listConsumerGroupOffsets(ids.stream().collect(Collectors.toMap(Function.identity(),
                        id -> new ListConsumerGroupOffsetsSpec())))
                .all());
        Set<String> existing = cluster.topicNames();
        List<String> topics = committed.values().stream().flatMap(offsets -> offsets.keySet().stream())
                .map(TopicPartition::topic).distinct().filter(existing::contains).toList();
        List<TopicPartition> partitions = cluster.partitionsOf(topics);
        Map<TopicPartition, Long> starts = cluster.startOffsets(partitions);
        Map<TopicPartition, Long> ends = cluster.endOffsets(partitions);
        List<ConsumerGroup> groups = new ArrayList<>();
        for (String id : ids) {
            Map<TopicPartition, Long> positions = new HashMap<>();
            Map<TopicPartition, OffsetAndMetadata> offsets = committed.getOrDefault(id, Map.of());
            // a partition of a topic the group reads where it has committed nothing yet (no record came before it
            // stopped): the group starts there from the beginning (the binder's start-offset earliest)
            Set<String> groupTopics = offsets.keySet().stream().map(TopicPartition::topic).collect(Collectors.toSet());
            partitions.stream().filter(partition -> groupTopics.contains(partition.topic()))
                    .forEach(partition -> positions.put(partition, starts.getOrDefault(partition, 0L)));
            offsets.forEach((partition, offset) -> {
                if (offset != null && existing.contains(partition.topic())) {
                    positions.put(partition, offset.offset());
                }
            });
            Map<TopicPartition, Long> lagging = new HashMap<>(positions);
            lagging.entrySet().removeIf(entry -> entry.getValue() >= ends.getOrDefault(entry.getKey(), 0L));
            Map<TopicPartition, ConsumerRecord<byte[], byte[]>> oldestUnconsumed = cluster.firstRecordsFrom(lagging);
            List<PartitionPosition> partitionPositions = positions.entrySet().stream().map(entry -> {
                ConsumerRecord<byte[], byte[]> oldest = oldestUnconsumed.get(entry.getKey());
                return new PartitionPosition(entry.getKey().topic(), entry.getKey().partition(), entry.getValue(),
                        ends.getOrDefault(entry.getKey(), entry.getValue()),
                        oldest == null ? null : Instant.ofEpochMilli(oldest.timestamp()));
            }).sorted(BY_TOPIC_AND_PARTITION).toList();
            ConsumerGroupDescription description = descriptions.get(id);
            groups.add(new ConsumerGroup(id, ConsumerGroup.unitOf(id).orElseThrow(), stateOf(description),
                    description == null ? 0 : description.members().size(), partitionPositions));
        }
        return groups;
    }

    @Override
    public List<String> withActiveMembers() {
        List<String> ids = unitGroupIds();
        if (ids.isEmpty()) {
            return List.of();
        }
        return describe(ids).values().stream().filter(description -> !description.members().isEmpty())
                .map(ConsumerGroupDescription::groupId).sorted().toList();
    }

    /** The groups named {@code <unit>.<service>} of a unit of the registry; a test's or a tool's are not the units'. */
    private List<String> unitGroupIds() {
        Collection<GroupListing> listings = Cluster.await(cluster.admin()
                .listGroups(ListGroupsOptions.forConsumerGroups()).all());
        return listings.stream().map(GroupListing::groupId)
                .filter(id -> ConsumerGroup.unitOf(id).flatMap(units::find).isPresent())
                .sorted().toList();
    }

    private Map<String, ConsumerGroupDescription> describe(List<String> ids) {
        return Cluster.await(cluster.admin().describeConsumerGroups(ids).all());
    }

    private static String stateOf(ConsumerGroupDescription description) {
        return description == null || description.groupState() == null ? "UNKNOWN" : description.groupState().name();
    }
}
