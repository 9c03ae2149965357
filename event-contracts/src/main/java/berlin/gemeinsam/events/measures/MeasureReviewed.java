package berlin.gemeinsam.events.measures;

import berlin.gemeinsam.events.EventStream;
import berlin.gemeinsam.events.EventType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A measure was reviewed (a Revision of the learning strategy) on {@code reviewDate}: its assessment, decisions and
 * lessons, the indicator targets the review changed (old and new), and the health it set against the derived one
 * ({@code healthOverride}, null when the review set none, which lifts an earlier one). {@code health} is the health
 * that counts after the review, {@code derivedHealth} the one derived from milestones and indicators;
 * {@code nextReviewDue} is {@code reviewDate} plus the measure's review interval.
 */
@EventType(value = "berlin.gemeinsam.measure.reviewed.v1", stream = EventStream.MEASURES)
public record MeasureReviewed(
        String measureId,
        String unit,
        String title,
        String status,
        LocalDate reviewDate,
        String assessment,
        String decisions,
        String lessons,
        List<ChangedTarget> changedTargets,
        HealthOverride healthOverride,
        String derivedHealth,
        String health,
        LocalDate nextReviewDue,
        Instant reviewedAt) {

    /** An indicator's target as it was before the review and as the review set it. */
    public record ChangedTarget(String indicatorId, String name, BigDecimal previousTarget, BigDecimal newTarget,
                                LocalDate previousTargetDate, LocalDate newTargetDate) {
    }

    /** The health the review set, and why. */
    public record HealthOverride(String health, String reason) {
    }
}
