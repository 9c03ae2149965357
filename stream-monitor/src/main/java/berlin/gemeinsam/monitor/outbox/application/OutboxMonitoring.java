package berlin.gemeinsam.monitor.outbox.application;

import berlin.gemeinsam.monitor.access.application.MonitorAccess;
import berlin.gemeinsam.monitor.access.domain.Readership;
import berlin.gemeinsam.monitor.outbox.domain.OutboxBacklog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The outbox backlog of each configured service instance ({@code gemeinsam.monitor.instances}, their base URLs), read
 * from the instance's own metrics at the time of the request. An instance that does not answer is listed with the
 * error (to the central office only: without its metrics, its unit is unknown).
 */
@Service
public class OutboxMonitoring {

    private final InstanceMetrics metrics;
    private final MonitorAccess access;
    private final Clock clock;
    private final List<String> instances;

    public OutboxMonitoring(InstanceMetrics metrics, MonitorAccess access, Clock clock,
                            @Value("${gemeinsam.monitor.instances:}") List<String> instances) {
        this.metrics = metrics;
        this.access = access;
        this.clock = clock;
        this.instances = instances.stream().filter(url -> !url.isBlank()).toList();
    }

    public List<OutboxBacklog> visibleBacklogs() {
        Readership readership = access.readership();
        List<OutboxBacklog> backlogs = new ArrayList<>();
        for (String url : instances) {
            try {
                backlogs.addAll(OutboxBacklog.fromScrape(url, metrics.scrape(url), clock.instant()));
            } catch (IllegalStateException e) {
                backlogs.add(OutboxBacklog.failed(url, clock.instant(), e.getMessage()));
            }
        }
        return backlogs.stream().filter(backlog -> readership.unit() == null
                || readership.unit().equals(backlog.unit())).toList();
    }
}
