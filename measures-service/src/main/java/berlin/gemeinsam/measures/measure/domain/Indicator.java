package berlin.gemeinsam.measures.measure.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a measure's success is measured by: a baseline, a target by a date, the direction it improves in, and the
 * values reported over time.
 */
public record Indicator(String id, String name, String unitOfMeasurement, BigDecimal baseline, BigDecimal target,
                        LocalDate targetDate, Direction direction, List<IndicatorValue> values) {

    public Indicator {
        Objects.requireNonNull(id, "an indicator's id");
        Objects.requireNonNull(name, "an indicator's name");
        Objects.requireNonNull(baseline, "an indicator's baseline");
        Objects.requireNonNull(target, "an indicator's target");
        Objects.requireNonNull(targetDate, "an indicator's target date");
        Objects.requireNonNull(direction, "an indicator's direction");
        if (target.compareTo(baseline) == 0) {
            throw new IllegalArgumentException("an indicator's target must differ from its baseline");
        }
        values = values == null ? List.of() : List.copyOf(values);
    }

    /** The indicator with one more value. */
    Indicator reported(IndicatorValue value) {
        List<IndicatorValue> more = new ArrayList<>(values);
        more.add(value);
        return new Indicator(id, name, unitOfMeasurement, baseline, target, targetDate, direction, more);
    }

    /** The indicator with the target (and target date) a review set; its values stay. */
    Indicator retargeted(BigDecimal newTarget, LocalDate newTargetDate) {
        return new Indicator(id, name, unitOfMeasurement, baseline, newTarget, newTargetDate, direction, values);
    }

    /** The value measured last; of two measured on the same day, the one reported later. */
    public Optional<IndicatorValue> latest() {
        return inOrder().reduce((earlier, later) -> later);
    }

    /**
     * How far the latest value has come from the baseline towards the target, {@code (latest - baseline) /
     * (target - baseline)}, between 0 (at or behind the baseline) and 1 (the target reached or passed), to four
     * decimals; 0 without values.
     */
    public BigDecimal shareOfTheWay() {
        return latest().map(latest -> latest.value().subtract(baseline)
                        .divide(target.subtract(baseline), MathContext.DECIMAL64)
                        .max(BigDecimal.ZERO).min(BigDecimal.ONE))
                .orElse(BigDecimal.ZERO).setScale(4, RoundingMode.HALF_UP);
    }

    public boolean reachedTarget() {
        return shareOfTheWay().compareTo(BigDecimal.ONE) == 0;
    }

    /** Its target date passed and the target was not reached. */
    public boolean missedOn(LocalDate today) {
        return targetDate.isBefore(today) && !reachedTarget();
    }

    /** The latest value is worse than the one measured before it, in the indicator's direction. */
    public boolean trendsAway() {
        List<IndicatorValue> ordered = inOrder().toList();
        if (ordered.size() < 2) {
            return false;
        }
        int change = ordered.get(ordered.size() - 1).value().compareTo(ordered.get(ordered.size() - 2).value());
        return direction == Direction.HIGHER_IS_BETTER ? change < 0 : change > 0;
    }

    private Stream<IndicatorValue> inOrder() {
        return values.stream().sorted(Comparator.comparing(IndicatorValue::date));
    }
}
