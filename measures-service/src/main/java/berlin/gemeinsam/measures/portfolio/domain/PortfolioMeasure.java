package berlin.gemeinsam.measures.portfolio.domain;

import berlin.gemeinsam.events.measures.MeasureControllingReported;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One unit's measure as the central portfolio keeps it: the newest {@code measure.controlling-reported} snapshot of
 * it, with the place of that event in the measure's order ({@code ce_sequence}). A snapshot replaces the kept one only
 * when its sequence is higher, so that an event delivered twice or after a newer one changes nothing. Sequences of
 * one measure compare as text (the CloudEvents sequence extension); an event without one has the empty sequence,
 * which comes before every other: such events replace each other only as long as none with a sequence arrived.
 *
 * <p>Whether a milestone or a review is overdue depends on the day it is asked: a due date passes without an event,
 * so the portfolio derives it when it is read ({@link #overdueMilestones}, {@link #isReviewOverdue}).
 */
public record PortfolioMeasure(String id, String unit, String title, String type, String status,
                               List<String> participatingUnits, List<String> fieldsOfAction, String health,
                               int progress, BigDecimal budgetPlanned, BigDecimal budgetSpent,
                               List<PortfolioMilestone> milestones, List<PortfolioIndicator> indicators,
                               LocalDate nextReviewDue, Instant reportedAt, String sequence) {

    /** The statuses of a measure that is over: its open milestones and its health no longer call for steering. */
    public static final Set<String> CLOSED = Set.of("COMPLETED", "DISCONTINUED");
    /** The sequence of an event written before the outboxes recorded sequences. */
    public static final String UNSEQUENCED = "";

    public PortfolioMeasure {
        participatingUnits = participatingUnits == null ? List.of() : List.copyOf(participatingUnits);
        fieldsOfAction = fieldsOfAction == null ? List.of() : List.copyOf(fieldsOfAction);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        sequence = sequence == null ? UNSEQUENCED : sequence;
    }

    /** The measure as its unit reported it in the event at {@code sequence} (null for an event without one). */
    public static PortfolioMeasure reported(MeasureControllingReported event, String sequence) {
        return new PortfolioMeasure(event.measureId(), event.unit(), event.title(), event.type(), event.status(),
                event.participatingUnits(), event.fieldsOfAction(), event.health(), event.progress(),
                event.budgetPlanned(), event.budgetSpent(),
                event.milestones().stream().map(milestone -> new PortfolioMilestone(milestone.milestoneId(),
                        milestone.title(), milestone.dueDate(), milestone.doneDate())).toList(),
                event.indicators().stream().map(indicator -> new PortfolioIndicator(indicator.indicatorId(),
                        indicator.name(), indicator.unitOfMeasurement(), indicator.baseline(), indicator.target(),
                        indicator.targetDate(), indicator.latestValue(), indicator.latestValueDate(),
                        indicator.targetReached())).toList(),
                event.nextReviewDue(), event.reportedAt(), sequence);
    }

    public boolean isClosed() {
        return CLOSED.contains(status);
    }

    /** The milestones still open after their due date, seen on {@code today}; none once the measure is over. */
    public List<PortfolioMilestone> overdueMilestones(LocalDate today) {
        if (isClosed()) {
            return List.of();
        }
        return milestones.stream().filter(milestone -> milestone.isOverdueOn(today)).toList();
    }

    /** Whether the next review was due before {@code today}; a measure without a review due is never overdue. */
    public boolean isReviewOverdue(LocalDate today) {
        return nextReviewDue != null && nextReviewDue.isBefore(today);
    }

    /** How many of the indicators reached their target. */
    public long indicatorsOnTarget() {
        return indicators.stream().filter(PortfolioIndicator::targetReached).count();
    }

    /** A milestone, open while {@code doneDate} is null. */
    public record PortfolioMilestone(String id, String title, LocalDate dueDate, LocalDate doneDate) {

        public boolean isOverdueOn(LocalDate today) {
            return doneDate == null && dueDate != null && dueDate.isBefore(today);
        }
    }

    /** An indicator with its latest reported value (null before the first) and whether it reached its target. */
    public record PortfolioIndicator(String id, String name, String unitOfMeasurement, BigDecimal baseline,
                                     BigDecimal target, LocalDate targetDate, BigDecimal latestValue,
                                     LocalDate latestValueDate, boolean targetReached) {
    }
}
