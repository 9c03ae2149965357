package berlin.gemeinsam.monitor.consumers.application;

import berlin.gemeinsam.monitor.consumers.domain.ConsumerGroup;

import java.util.List;

/** The units' consumer groups on the cluster. */
public interface ConsumerGroups {

    /** Every group named {@code <unit>.<service>} of a known unit, with its committed and end offsets. */
    List<ConsumerGroup> all();

    /** The ids of those groups that have active members. */
    List<String> withActiveMembers();
}
