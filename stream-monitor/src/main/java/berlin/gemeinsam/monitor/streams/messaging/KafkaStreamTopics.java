package berlin.gemeinsam.monitor.streams.messaging;

import berlin.gemeinsam.monitor.cluster.messaging.Cluster;
import berlin.gemeinsam.monitor.streams.application.StreamTopics;
import berlin.gemeinsam.monitor.streams.domain.StreamTopic;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The stream topics as the Admin client lists them: the end offsets, and the newest record's timestamp from the
 * broker's index ({@link OffsetSpec#maxTimestamp()}), so no record is read.
 */
@Component
class KafkaStreamTopics implements StreamTopics {

    private final Cluster cluster;

    KafkaStreamTopics(Cluster cluster) {
        this.cluster = cluster;
    }

    @Override
    public List<StreamTopic> all() {
        List<String> streamTopics = cluster.topicNames().stream()
                .filter(topic -> StreamTopic.unitAndStreamOf(topic).isPresent()).sorted().toList();
        List<TopicPartition> partitions = cluster.partitionsOf(streamTopics);
        Map<TopicPartition, Long> ends = cluster.endOffsets(partitions);
        Map<TopicPartition, ListOffsetsResultInfo> newest = cluster.offsets(partitions, OffsetSpec.maxTimestamp());
        List<StreamTopic> result = new ArrayList<>();
        for (String topic : streamTopics) {
            long end = 0;
            long lastEvent = -1;
            for (TopicPartition partition : partitions) {
                if (partition.topic().equals(topic)) {
                    end += ends.getOrDefault(partition, 0L);
                    ListOffsetsResultInfo info = newest.get(partition);
                    if (info != null && info.offset() >= 0) {
                        lastEvent = Math.max(lastEvent, info.timestamp());
                    }
                }
            }
            String[] unitAndStream = StreamTopic.unitAndStreamOf(topic).orElseThrow();
            result.add(new StreamTopic(topic, unitAndStream[0], unitAndStream[1], end,
                    lastEvent < 0 ? null : Instant.ofEpochMilli(lastEvent)));
        }
        return result;
    }
}
