package berlin.gemeinsam.measures.measure.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A review (Revision) of a measure on {@code date}: how it is assessed, what was decided, what was learned, which
 * indicator targets it changed (old and new kept), and the health it set against the derived one (null: none).
 */
public record Review(LocalDate date, String assessment, String decisions, String lessons,
                     List<TargetChange> changedTargets, HealthOverride healthOverride, Actor by, Instant at) {

    public Review {
        changedTargets = changedTargets == null ? List.of() : List.copyOf(changedTargets);
    }
}
