package berlin.gemeinsam.benchmarks.hotpaths;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Runs the JMH benchmarks of this package in a forked JVM and returns their scores. */
public final class HotPaths {

    /** One benchmark's mean time per operation. */
    public record Score(String benchmark, double nanosPerOperation, double error) {
    }

    private HotPaths() {
    }

    public static List<Score> run(Duration warmup, Duration measurement, int iterations) {
        Options options = new OptionsBuilder()
                .include(HotPaths.class.getPackageName() + "\\..*Benchmark")
                .warmupIterations(iterations)
                .warmupTime(TimeValue.milliseconds(warmup.toMillis()))
                .measurementIterations(iterations)
                .measurementTime(TimeValue.milliseconds(measurement.toMillis()))
                .forks(1)
                .jvmArgsAppend("-Xmx512m")
                .verbosity(VerboseMode.SILENT)
                .build();
        Collection<RunResult> results;
        try {
            results = new Runner(options).run();
        } catch (RunnerException e) {
            throw new IllegalStateException("JMH failed", e);
        }
        List<Score> scores = new ArrayList<>();
        for (RunResult result : results) {
            String label = result.getParams().getBenchmark();
            scores.add(new Score(label.substring(label.lastIndexOf('.', label.lastIndexOf('.') - 1) + 1),
                    result.getPrimaryResult().getScore(), result.getPrimaryResult().getScoreError()));
        }
        return scores;
    }
}
