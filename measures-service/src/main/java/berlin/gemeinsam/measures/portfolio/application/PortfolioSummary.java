package berlin.gemeinsam.measures.portfolio.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the central office steers with, on {@code today} (Berlin): how many measures there are by status, type, unit
 * and field of action; the open measures at risk and off track; the open milestones of open measures past their due
 * date and the reviews past theirs; the budget planned and spent per unit; and the indicators that reached their
 * target. Each list holds the first {@link #SHORT_LIST} of its kind, its count all of them.
 */
public record PortfolioSummary(LocalDate today, long total, Map<String, Long> byStatus, Map<String, Long> byType,
                               Map<String, Long> byUnit, Map<String, Long> byFieldOfAction, Flagged atRisk,
                               Flagged offTrack, OverdueMilestones overdueMilestones, Flagged overdueReviews,
                               Map<String, Budget> budgetByUnit, IndicatorsOnTarget indicatorsOnTarget) {

    /** How many entries a list of the summary shows at most. */
    public static final int SHORT_LIST = 10;

    /** Measures with something to look at, ordered by unit, title and id. */
    public record Flagged(long count, List<MeasureBrief> measures) {
    }

    /** A measure in a list of the summary. */
    public record MeasureBrief(String id, String unit, String title, String status, String health, int progress,
                               LocalDate nextReviewDue) {
    }

    /** Overdue milestones, the longest overdue first. */
    public record OverdueMilestones(long count, List<OverdueMilestone> milestones) {
    }

    public record OverdueMilestone(String measureId, String unit, String measureTitle, String milestoneId,
                                   String title, LocalDate dueDate) {
    }

    /** Euros planned and spent by a unit's measures; a measure without a planned budget adds nothing planned. */
    public record Budget(BigDecimal planned, BigDecimal spent) {
    }

    /** Indicators that reached their target, ordered by unit, measure title and indicator name. */
    public record IndicatorsOnTarget(long count, List<IndicatorOnTarget> indicators) {
    }

    public record IndicatorOnTarget(String measureId, String unit, String measureTitle, String indicatorId,
                                    String name, String unitOfMeasurement, BigDecimal target, BigDecimal latestValue,
                                    LocalDate latestValueDate) {
    }
}
