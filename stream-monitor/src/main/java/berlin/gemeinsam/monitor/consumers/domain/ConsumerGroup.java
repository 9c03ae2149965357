package berlin.gemeinsam.monitor.consumers.domain;

import java.util.List;
import java.util.Optional;

/**
 * A consumer group of a unit's service instance ({@code <unit>.<service>}) as the cluster describes it.
 *
 * @param group         the group's id
 * @param unit          the unit it belongs to
 * @param state         the group's state as the broker names it ({@code STABLE}, {@code EMPTY}, …)
 * @param activeMembers consumers currently in the group
 * @param partitions    where it stands in each partition of the topics it committed offsets for (at the partition's
 *                      start where it committed nothing yet)
 */
public record ConsumerGroup(String group, String unit, String state, int activeMembers,
                            List<PartitionPosition> partitions) {

    public ConsumerGroup {
        partitions = List.copyOf(partitions);
    }

    /** The unit of a consumer group named {@code <unit>.<service>}; empty for any other name. */
    public static Optional<String> unitOf(String group) {
        int dot = group.indexOf('.');
        return dot > 0 && dot < group.length() - 1 ? Optional.of(group.substring(0, dot)) : Optional.empty();
    }

    public long lagRecords() {
        return partitions.stream().mapToLong(PartitionPosition::lagRecords).sum();
    }
}
