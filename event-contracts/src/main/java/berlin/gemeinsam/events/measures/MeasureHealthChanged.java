package berlin.gemeinsam.events.measures;

import berlin.gemeinsam.events.EventStream;
import berlin.gemeinsam.events.EventType;

import java.time.Instant;

/**
 * A measure's health, derived from its overdue milestones and its indicators' trend, changed from
 * {@code previousHealth} to {@code health}; {@code progress} is its derived progress in percent (0 to 100),
 * {@code overdueMilestones} the number of its milestones open after their due date.
 */
@EventType(value = "berlin.gemeinsam.measure.health-changed.v1", stream = EventStream.MEASURES)
public record MeasureHealthChanged(
        String measureId,
        String unit,
        String title,
        String previousHealth,
        String health,
        int progress,
        int overdueMilestones,
        Instant changedAt) {
}
