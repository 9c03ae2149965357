package berlin.gemeinsam.web.measures.application;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A value of an indicator as measured on {@code date}, where it comes from, and the unit that reported it. */
public record IndicatorValue(BigDecimal value, LocalDate date, String source, String note, String reportedBy) {
}
