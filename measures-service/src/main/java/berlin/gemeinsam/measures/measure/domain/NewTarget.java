package berlin.gemeinsam.measures.measure.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** A target a review sets for an indicator; without a target date the indicator keeps its own. */
public record NewTarget(String indicatorId, BigDecimal target, LocalDate targetDate) {

    public NewTarget {
        Objects.requireNonNull(indicatorId, "the indicator whose target changes");
        Objects.requireNonNull(target, "the indicator's new target");
    }
}
