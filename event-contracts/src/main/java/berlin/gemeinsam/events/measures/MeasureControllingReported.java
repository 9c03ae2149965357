package berlin.gemeinsam.events.measures;

import berlin.gemeinsam.events.EventStream;
import berlin.gemeinsam.events.EventType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Where a measure stands after one of its changes: published with every change, so that a reader (the central
 * portfolio) keeps the whole measure from this one event, the newest by {@code ce_sequence} winning, whatever
 * arrived twice or out of order. Overdue milestones and reviews are left to the reader's day: a due date passes
 * without an event. Money in euros to the cent; {@code progress} in percent (0 to 100); {@code nextReviewDue} is
 * null while no review is due (a proposed or closed measure).
 */
@EventType(value = "berlin.gemeinsam.measure.controlling-reported.v1", stream = EventStream.MEASURES)
public record MeasureControllingReported(
        String measureId,
        String unit,
        String title,
        String type,
        String status,
        List<String> participatingUnits,
        List<String> fieldsOfAction,
        String health,
        int progress,
        BigDecimal budgetPlanned,
        BigDecimal budgetSpent,
        List<ReportedMilestone> milestones,
        List<ReportedIndicator> indicators,
        LocalDate nextReviewDue,
        Instant reportedAt) {

    /** A milestone, open while {@code doneDate} is null. */
    public record ReportedMilestone(String milestoneId, String title, LocalDate dueDate, LocalDate doneDate) {
    }

    /** An indicator with its latest reported value (null before the first) and whether it reached its target. */
    public record ReportedIndicator(String indicatorId, String name, String unitOfMeasurement, BigDecimal baseline,
                                    BigDecimal target, LocalDate targetDate, String direction,
                                    BigDecimal latestValue, LocalDate latestValueDate, boolean targetReached) {
    }
}
