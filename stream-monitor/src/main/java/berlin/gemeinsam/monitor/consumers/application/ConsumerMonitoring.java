package berlin.gemeinsam.monitor.consumers.application;

import berlin.gemeinsam.monitor.access.application.MonitorAccess;
import berlin.gemeinsam.monitor.access.domain.Readership;
import berlin.gemeinsam.monitor.consumers.domain.ConsumerGroup;
import org.springframework.stereotype.Service;

import java.util.Comparator;
import java.util.List;

/** The consumer groups' positions and lag, for whoever may read them. */
@Service
public class ConsumerMonitoring {

    private final ConsumerGroups groups;
    private final MonitorAccess access;

    public ConsumerMonitoring(ConsumerGroups groups, MonitorAccess access) {
        this.groups = groups;
        this.access = access;
    }

    /** The groups of the units the caller reads, by id. */
    public List<ConsumerGroup> visibleGroups() {
        Readership readership = access.readership();
        return allGroups().stream().filter(group -> readership.reads(group.unit())).toList();
    }

    public List<ConsumerGroup> allGroups() {
        return groups.all().stream().sorted(Comparator.comparing(ConsumerGroup::group)).toList();
    }
}
