package berlin.gemeinsam.web.cockpit.web;

import java.math.BigDecimal;

/**
 * The geometry of the cockpit's horizontal bars, drawn by the page as SVG beside the tables that say the same in
 * numbers: one row per bar, each as long as its value's part of the largest (or of 100 for a share in percent).
 */
public final class Bars {

    static final Bars SCALE = new Bars();

    private static final int LABELS = 230;
    private static final int WIDTH = 300;
    private static final int ROW = 24;
    private static final int BAR = 16;

    private Bars() {
    }

    /** Where the bars start: left of them, each bar's label. */
    public int labels() {
        return LABELS;
    }

    /** The chart's whole width: labels, the longest bar and its number. */
    public int width() {
        return LABELS + WIDTH + 60;
    }

    public int bar() {
        return BAR;
    }

    /** The length of a bar of {@code value} on a scale whose longest bar stands for {@code largest}. */
    public double length(long value, long largest) {
        return largest <= 0 ? 0 : Math.round(WIDTH * 10.0 * value / largest) / 10.0;
    }

    /** The length of a bar of a share in percent. */
    public double length(BigDecimal percent) {
        return Math.round(WIDTH * percent.doubleValue() / 10.0) / 10.0;
    }

    /** The top of the bar in row {@code index} (from 0). */
    public int top(int index) {
        return index * ROW + (ROW - BAR) / 2;
    }

    /** The height of a chart of {@code rows} bars. */
    public int height(int rows) {
        return rows * ROW;
    }
}
