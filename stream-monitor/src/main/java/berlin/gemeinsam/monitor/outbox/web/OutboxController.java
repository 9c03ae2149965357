package berlin.gemeinsam.monitor.outbox.web;

import berlin.gemeinsam.monitor.outbox.application.OutboxMonitoring;
import berlin.gemeinsam.monitor.outbox.domain.OutboxBacklog;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The outbox backlog of the configured service instances, from their own metrics. */
@RestController
@RequestMapping("/api/v1/outbox-backlogs")
class OutboxController {

    private final OutboxMonitoring monitoring;

    OutboxController(OutboxMonitoring monitoring) {
        this.monitoring = monitoring;
    }

    @GetMapping
    @Operation(summary = "Each configured instance's outbox backlog (gemeinsam_outbox_backlog), read from its metrics")
    BacklogsView backlogs() {
        return new BacklogsView(monitoring.visibleBacklogs());
    }

    record BacklogsView(List<OutboxBacklog> instances) {
    }
}
