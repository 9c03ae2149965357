package berlin.gemeinsam.web.measures.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A review (Revision) as recorded: its date, assessment, decisions and lessons, the indicator targets it changed and
 * the health it set against the derived one (null: none), by whom (role and unit, never a name) and when.
 */
public record Review(LocalDate date, String assessment, String decisions, String lessons,
                     List<TargetChange> changedTargets, HealthOverride healthOverride, Reviewer by, Instant at) {

    public Review {
        changedTargets = changedTargets == null ? List.of() : List.copyOf(changedTargets);
    }

    /** An indicator's target and target date before the review and as it set them. */
    public record TargetChange(String indicatorId, BigDecimal previousTarget,
                               BigDecimal newTarget, LocalDate previousTargetDate,
                               LocalDate newTargetDate) {
    }

    /** Who reviewed: staff by role and unit. */
    public record Reviewer(String role, String unit) {
    }
}
