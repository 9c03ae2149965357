package berlin.gemeinsam.monitor.consumers.web;

import berlin.gemeinsam.monitor.consumers.application.ConsumerMonitoring;
import berlin.gemeinsam.monitor.consumers.domain.ConsumerGroup;
import berlin.gemeinsam.monitor.consumers.domain.PartitionPosition;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The consumer groups' positions and lag: the central office reads all units', a unit admin their own. */
@RestController
@RequestMapping("/api/v1/consumers")
class ConsumerController {

    private final ConsumerMonitoring monitoring;
    private final Clock clock;

    ConsumerController(ConsumerMonitoring monitoring, Clock clock) {
        this.monitoring = monitoring;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Each consumer group's committed and end offsets per partition, and its lag in records "
            + "and seconds")
    ConsumersView consumers() {
        Instant now = clock.instant();
        return new ConsumersView(monitoring.visibleGroups().stream().map(group -> GroupView.of(group, now)).toList());
    }

    record ConsumersView(List<GroupView> groups) {
    }

    /**
     * A consumer group.
     *
     * @param lagRecords records not consumed yet, over all partitions
     * @param lagSeconds how long the oldest of them has waited (the partition that waits longest)
     */
    record GroupView(String group, String unit, String state, int activeMembers, long lagRecords, double lagSeconds,
                     List<PartitionView> partitions) {

        static GroupView of(ConsumerGroup group, Instant now) {
            List<PartitionView> partitions = group.partitions().stream()
                    .map(position -> PartitionView.of(position, now)).toList();
            return new GroupView(group.group(), group.unit(), group.state(), group.activeMembers(), group.lagRecords(),
                    partitions.stream().mapToDouble(PartitionView::lagSeconds).max().orElse(0), partitions);
        }
    }

    /**
     * One partition of a group.
     *
     * @param oldestUnconsumedAt the timestamp of the record at the committed offset, while there is lag
     */
    record PartitionView(String topic, int partition, long committedOffset, long endOffset, long lagRecords,
                         double lagSeconds, Instant oldestUnconsumedAt) {

        static PartitionView of(PartitionPosition position, Instant now) {
            return new PartitionView(position.topic(), position.partition(), position.committedOffset(),
                    position.endOffset(), position.lagRecords(), position.lagSeconds(now),
                    position.lagRecords() == 0 ? null : position.oldestUnconsumedAt());
        }
    }
}
