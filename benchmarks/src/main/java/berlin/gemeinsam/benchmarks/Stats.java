package berlin.gemeinsam.benchmarks;

import org.HdrHistogram.Histogram;

import java.util.concurrent.TimeUnit;

/** Latencies in milliseconds as the report shows them, from a histogram recorded in nanoseconds. */
record Stats(long count, double medianMs, double p99Ms, double maxMs) {

    /** Up to an hour, three significant digits. */
    static Histogram histogram() {
        return new Histogram(TimeUnit.HOURS.toNanos(1), 3);
    }

    static Stats of(Histogram nanos) {
        if (nanos.getTotalCount() == 0) {
            return new Stats(0, Double.NaN, Double.NaN, Double.NaN);
        }
        return new Stats(nanos.getTotalCount(), ms(nanos.getValueAtPercentile(50)),
                ms(nanos.getValueAtPercentile(99)), ms(nanos.getMaxValue()));
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    /** Records a duration, clamped into the histogram's range. */
    static void record(Histogram histogram, long nanos) {
        histogram.recordValue(Math.max(0, Math.min(nanos, histogram.getHighestTrackableValue())));
    }
}
