package berlin.gemeinsam.benchmarks;

import berlin.gemeinsam.benchmarks.hotpaths.HotPaths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole benchmark in one run: the in-process hot paths (JMH), then the local stack started from the packaged
 * jars, the raw limits of its broker and store, and the scenarios on the running services. Prints a summary
 * table and writes the figures as JSON.
 *
 * <p>Arguments: {@code --smoke} (a few seconds per scenario, for CI), {@code --out=FILE} (the JSON; default
 * {@code benchmark-results/<plan>-jdk<version>-<time>.json}), {@code --repo=DIR} (the repository root, default the
 * working directory). Exits with 1 if any scenario broke; never because of a figure.
 */
public final class BenchmarkSuite {

    private static final Logger log = LoggerFactory.getLogger(BenchmarkSuite.class);

    private BenchmarkSuite() {
    }

    public static void main(String[] args) {
        boolean smoke = false;
        Path root = Path.of(".");
        Path out = null;
        for (String arg : args) {
            if (arg.equals("--smoke")) {
                smoke = true;
            } else if (arg.startsWith("--out=")) {
                out = Path.of(arg.substring("--out=".length()));
            } else if (arg.startsWith("--repo=")) {
                root = Path.of(arg.substring("--repo=".length()));
            } else {
                throw new IllegalArgumentException("unknown argument " + arg + " (known: --smoke, --out=, --repo=)");
            }
        }
        Plan plan = smoke ? Plan.smoke() : Plan.full();
        if (out == null) {
            out = root.resolve("benchmark-results").resolve(plan.name() + "-jdk" + Runtime.version().feature() + "-"
                    + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".json");
        }
        Report report = new Report(plan);
        run(plan, root, report);
        report.write(out);
        log.info("\n{}", report.table());
        log.info("Figures written to {}", out.toAbsolutePath().normalize());
        List<String> missing = new ArrayList<>();
        for (String scenario : List.of("0 hot paths (JMH)", "1 raw limits", "2 pipeline throughput",
                "3 end-to-end latency", "4 HTTP", "5 footprint", "6 fan-out")) {
            if (!report.has(scenario)) {
                missing.add(scenario);
            }
        }
        if (!report.failures().isEmpty() || !missing.isEmpty()) {
            log.error("The benchmark broke: failures {}, scenarios without figures {}", report.failures(), missing);
            System.exit(1);
        }
    }

    private static void run(Plan plan, Path root, Report report) {
        log.info("== 0 hot paths (JMH, forked JVM)");
        step(report, "0 hot paths (JMH)", () -> HotPaths.run(plan.jmhWarmup(), plan.jmhMeasurement(),
                plan.jmhIterations()).forEach(score -> report.rate("0 hot paths (JMH)", score.benchmark(),
                score.nanosPerOperation(), "ns/op", null, null, null, null)));

        LocalStack stack = new LocalStack(root, root.resolve("benchmark-results").resolve("logs"));
        Thread stopOnExit = new Thread(stack::close, "stop-local-stack");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        try {
            log.info("== starting Kafka broker and document store");
            stack.startInfrastructure();
            log.info("== 1 raw limits");
            RawLimits raw = new RawLimits(stack.kafkaBootstrap(), stack.storeUri());
            RawLimits.Limits limits = raw.measure(plan.rawDuration(), report);
            log.info("== starting the services, one after the other");
            stack.startServices();
            Scenarios scenarios = new Scenarios(stack, plan, report);
            step(report, "5 footprint", scenarios::startUpAndIdleFootprint);
            log.info("== 4 HTTP");
            step(report, "4 HTTP", scenarios::httpSubmission);
            // the closed runs first: they drain completely, while an overloaded latency run leaves a backlog
            log.info("== 2 pipeline throughput");
            step(report, "2 pipeline throughput", () -> scenarios.pipelineThroughput(limits));
            log.info("== 6 fan-out");
            step(report, "6 fan-out", scenarios::fanOut);
            log.info("== 3 end-to-end latency");
            step(report, "3 end-to-end latency", scenarios::endToEndLatency);
            step(report, "5 footprint", scenarios::footprintUnderLoad);
        } catch (RuntimeException e) {
            report.failed("local stack", e);
        } finally {
            log.info("== stopping the local stack");
            stack.close();
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnExit);
            } catch (IllegalStateException exiting) {
                // the JVM is going down already and runs the hook, which finds everything stopped
            }
        }
    }

    private static void step(Report report, String scenario, Runnable body) {
        try {
            body.run();
        } catch (RuntimeException e) {
            report.failed(scenario, e);
        }
    }
}
