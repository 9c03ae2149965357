package berlin.gemeinsam.web.measures.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import berlin.gemeinsam.web.measures.application.Indicator;
import berlin.gemeinsam.web.measures.application.IndicatorValue;

/**
 * The geometry of an indicator's small chart, drawn by the page as SVG: its reported values over time as a line
 * with dots, against a dashed line at the target and a thin one at the baseline. Time runs from the first value to
 * the target date (or the last value, if later); the value axis spans the values, baseline and target. The numbers
 * and dates come formatted in the page's language, for the labels and the chart's description.
 *
 * @param points   the line through the values, as SVG {@code points}
 * @param dots     each value's dot
 * @param targetY  where the target's line runs
 * @param baselineY where the baseline's line runs
 */
public record IndicatorChart(String points, List<Dot> dots, double targetY, double baselineY, String lowest,
                             String highest, String from, String to, String target, String baseline,
                             String latest, String targetDate) {

    public static final int WIDTH = 480;
    public static final int HEIGHT = 200;
    public static final int LEFT = 64;
    public static final int RIGHT = WIDTH - 16;
    public static final int TOP = 16;
    public static final int BOTTOM = HEIGHT - 32;

    /** The chart's size and its plot area's edges, for the page's axes, lines and labels. */
    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public int left() {
        return LEFT;
    }

    public int right() {
        return RIGHT;
    }

    public int top() {
        return TOP;
    }

    public int bottom() {
        return BOTTOM;
    }

    /** One reported value at its place in the chart. */
    public record Dot(double x, double y) {
    }

    /** The chart of the indicator's values, or null while none is reported. */
    public static IndicatorChart of(Indicator indicator, Locale locale) {
        List<IndicatorValue> values = indicator.values().stream()
                .sorted(Comparator.comparing(IndicatorValue::date)).toList();
        if (values.isEmpty()) {
            return null;
        }
        LocalDate first = values.get(0).date();
        LocalDate last = Stream.of(values.get(values.size() - 1).date(), indicator.targetDate())
                .max(Comparator.naturalOrder()).orElseThrow();
        List<BigDecimal> all = new ArrayList<>(values.stream().map(IndicatorValue::value).toList());
        all.add(indicator.target());
        all.add(indicator.baseline());
        double low = all.stream().min(Comparator.naturalOrder()).orElseThrow().doubleValue();
        double high = all.stream().max(Comparator.naturalOrder()).orElseThrow().doubleValue();
        Scale scale = new Scale(first, Math.max(1, ChronoUnit.DAYS.between(first, last)), low,
                high > low ? high - low : 1);
        List<Dot> dots = values.stream().map(value -> scale.dot(value.date(), value.value().doubleValue())).toList();
        StringBuilder points = new StringBuilder();
        dots.forEach(dot -> points.append(points.isEmpty() ? "" : " ").append(round(dot.x())).append(',')
                .append(round(dot.y())));
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(4);
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        return new IndicatorChart(points.toString(), dots, scale.y(indicator.target().doubleValue()),
                scale.y(indicator.baseline().doubleValue()), number.format(low), number.format(high),
                date.format(first), date.format(last), number.format(indicator.target()),
                number.format(indicator.baseline()), number.format(values.get(values.size() - 1).value()),
                date.format(indicator.targetDate()));
    }

    private static double round(double coordinate) {
        return Math.round(coordinate * 10) / 10.0;
    }

    /** Days since {@code start} onto the width, values from {@code low} onto the height, higher values higher up. */
    private record Scale(LocalDate start, long days, double low, double span) {

        Dot dot(LocalDate date, double value) {
            double x = LEFT + (RIGHT - LEFT) * (double) ChronoUnit.DAYS.between(start, date) / days;
            return new Dot(round(x), y(value));
        }

        double y(double value) {
            return round(BOTTOM - (BOTTOM - TOP) * (value - low) / span);
        }
    }
}
