package berlin.gemeinsam.benchmarks;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Warms a service up with the work about to be measured until its JIT compilers have settled. On 2 cores shared
 * with the broker, the store, the other services and the driver, C2 compiles a service's hot paths for one to two
 * minutes of load, taking up to two thirds of a core from the work measured meanwhile (BENCHMARKS.md, "Session 12:
 * the JIT's warm-up"): a figure taken then measures the compilers' competition for the cores, not the service a
 * city runs for weeks. Settled: the service's compilers ({@code jvm.compilation.time}, the time its compiler threads
 * spent compiling) worked less than {@value #SETTLED_SHARE} of a window's time. The share is their time summed over
 * the compiler threads (C1 and C2 beside each other), so a busy JIT shows more than 100 %.
 */
final class JitWarmUp {

    static final double SETTLED_SHARE = 0.05;
    private static final Duration WINDOW = Duration.ofSeconds(5);
    private static final String COMPILATION_TIME = "jvm.compilation.time";

    private JitWarmUp() {
    }

    /**
     * Runs {@code work} for windows of 5 s (each call is given its window), at least {@code minimum} in all, until
     * a window's compilation share is below the settled share or {@code limit} is reached.
     */
    static Settled run(ServiceApi service, Duration minimum, Duration limit, Consumer<Duration> work) {
        long start = System.nanoTime();
        double share = 1;
        Duration spent = Duration.ZERO;
        while (spent.compareTo(limit) < 0
                && (spent.compareTo(minimum) < 0 || share >= SETTLED_SHARE)) {
            Duration window = min(WINDOW, limit.minus(spent));
            double compiledBefore = compiledMillis(service);
            long windowStart = System.nanoTime();
            work.accept(window);
            share = share(compiledMillis(service) - compiledBefore, System.nanoTime() - windowStart);
            spent = Duration.ofNanos(System.nanoTime() - start);
        }
        return new Settled(spent, share);
    }

    /** The milliseconds the service's compilers have spent so far. */
    static double compiledMillis(ServiceApi service) {
        return service.count(COMPILATION_TIME);
    }

    /** The share of {@code nanos} the compilers spent, as the note of a measured phase gives it. */
    static String during(double compiledMillis, long nanos) {
        return String.format(Locale.ROOT, "JIT compiling %.0f %% of the phase", 100 * share(compiledMillis, nanos));
    }

    private static double share(double compiledMillis, long nanos) {
        return nanos <= 0 ? 0 : compiledMillis * 1e6 / nanos;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** How long the warm-up ran and the compilers' share of its last window. */
    record Settled(Duration spent, double lastShare) {

        String describe() {
            return String.format(Locale.ROOT, "after %d s of warm-up (JIT compiling %.0f %% of its last 5 s%s)",
                    spent.toSeconds(), 100 * lastShare, lastShare < SETTLED_SHARE ? "" : ", not settled");
        }
    }
}
