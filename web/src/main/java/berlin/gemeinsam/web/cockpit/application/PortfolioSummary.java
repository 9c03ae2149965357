package berlin.gemeinsam.web.cockpit.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The portfolio of every unit's measures as central measures-service sums it up on {@code today} (Berlin): counts by
 * status and unit, the open measures at risk and off track, the overdue milestones, and the budget per unit. Each
 * list holds the first few of its kind, its count all of them.
 */
public record PortfolioSummary(LocalDate today, long total, Map<String, Long> byStatus, Map<String, Long> byUnit,
                               Flagged atRisk, Flagged offTrack, OverdueMilestones overdueMilestones,
                               Map<String, Budget> budgetByUnit) {

    public record Flagged(long count, List<MeasureBrief> measures) {
    }

    public record MeasureBrief(String id, String unit, String title, String status, String health, int progress) {
    }

    public record OverdueMilestones(long count, List<OverdueMilestone> milestones) {
    }

    public record OverdueMilestone(String measureId, String unit, String measureTitle, String title,
                                   LocalDate dueDate) {
    }

    /** Euros planned and spent by a unit's measures. */
    public record Budget(BigDecimal planned, BigDecimal spent) {
    }
}
