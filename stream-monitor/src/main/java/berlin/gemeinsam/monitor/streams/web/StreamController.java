package berlin.gemeinsam.monitor.streams.web;

import berlin.gemeinsam.monitor.streams.application.StreamMonitoring;
import berlin.gemeinsam.monitor.streams.domain.UnitActivity;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Every unit's streams: the central office reads all units, a unit admin their own. */
@RestController
@RequestMapping("/api/v1/streams")
class StreamController {

    private final StreamMonitoring monitoring;

    StreamController(StreamMonitoring monitoring) {
        this.monitoring = monitoring;
    }

    @GetMapping
    @Operation(summary = "Each unit's streams: last event, events per minute, and whether the unit is live")
    StreamsView streams() {
        return new StreamsView(monitoring.visibleUnits());
    }

    record StreamsView(List<UnitActivity> units) {
    }
}
