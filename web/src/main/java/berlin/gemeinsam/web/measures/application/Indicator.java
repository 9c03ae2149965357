package berlin.gemeinsam.web.measures.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An indicator: from {@code baseline} towards {@code target} by {@code targetDate}, {@code direction}
 * {@code HIGHER_IS_BETTER} or {@code LOWER_IS_BETTER}, with its reported values in the order reported.
 */
public record Indicator(String id, String name, String unitOfMeasurement, BigDecimal baseline, BigDecimal target,
                        LocalDate targetDate, String direction, List<IndicatorValue> values) {

    public Indicator {
        values = values == null ? List.of() : List.copyOf(values);
    }
}
