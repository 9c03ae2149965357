package berlin.gemeinsam.measures.measure.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** A value of an indicator as measured on a date, where it comes from, and the unit that reported it. */
public record IndicatorValue(BigDecimal value, LocalDate date, String source, String note, String reportedBy) {

    public IndicatorValue {
        Objects.requireNonNull(value, "a reported value");
        Objects.requireNonNull(date, "the date a value was measured");
    }
}
