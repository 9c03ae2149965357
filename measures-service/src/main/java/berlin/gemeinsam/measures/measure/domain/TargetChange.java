package berlin.gemeinsam.measures.measure.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An indicator's target and target date before a review and as the review set them. */
public record TargetChange(String indicatorId, BigDecimal previousTarget, BigDecimal newTarget,
                           LocalDate previousTargetDate, LocalDate newTargetDate) {
}
