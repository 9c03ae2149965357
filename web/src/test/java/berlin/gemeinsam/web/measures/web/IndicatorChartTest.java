package berlin.gemeinsam.web.measures.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import berlin.gemeinsam.web.measures.application.Indicator;
import berlin.gemeinsam.web.measures.application.IndicatorValue;

/** What the chart of an indicator shows: values over time in their order, against the target and the baseline. */
class IndicatorChartTest {

    private static final LocalDate JANUARY = LocalDate.of(2026, 1, 1);

    @Test
    void valuesRunFromTheLeftInTheirOrderOfDateAndHigherValuesStandHigherUpThanTheBaseline() {
        IndicatorChart chart = IndicatorChart.of(trees(value("30", JANUARY.plusMonths(6)), value("10", JANUARY)),
                Locale.GERMAN);

        assertThat(chart.dots()).hasSize(2);
        assertThat(chart.dots().get(0).x()).isEqualTo(IndicatorChart.LEFT);
        assertThat(chart.dots().get(1).x()).isGreaterThan(chart.dots().get(0).x()).isLessThan(IndicatorChart.RIGHT);
        assertThat(chart.dots().get(1).y()).isLessThan(chart.dots().get(0).y());
        assertThat(chart.dots().get(0).y()).isLessThan(chart.baselineY());
        assertThat(chart.baselineY()).isEqualTo(IndicatorChart.BOTTOM);
        assertThat(chart.targetY()).isEqualTo(IndicatorChart.TOP);
        assertThat(chart.points()).isEqualTo(chart.dots().get(0).x() + "," + chart.dots().get(0).y() + " "
                + chart.dots().get(1).x() + "," + chart.dots().get(1).y());
    }

    @Test
    void theLabelsAreInThePagesLanguageAndTimeRunsToTheTargetDate() {
        IndicatorChart chart = IndicatorChart.of(trees(value("12.5", JANUARY)), Locale.GERMAN);

        assertThat(chart.latest()).isEqualTo("12,5");
        assertThat(chart.target()).isEqualTo("50");
        assertThat(chart.from()).isEqualTo("01.01.2026");
        assertThat(chart.to()).isEqualTo("31.12.2027");
        assertThat(IndicatorChart.of(trees(value("12.5", JANUARY)), Locale.ENGLISH).latest()).isEqualTo("12.5");
    }

    @Test
    void noValueNoChart() {
        assertThat(IndicatorChart.of(trees(), Locale.GERMAN)).isNull();
    }

    private static Indicator trees(IndicatorValue... values) {
        return new Indicator("trees", "Gepflanzte Bäume", "Bäume", BigDecimal.ZERO, new BigDecimal("50"),
                LocalDate.of(2027, 12, 31), "HIGHER_IS_BETTER", List.of(values));
    }

    private static IndicatorValue value(String value, LocalDate date) {
        return new IndicatorValue(new BigDecimal(value), date, null, null, "mitte");
    }
}
