package berlin.gemeinsam.benchmarks;

import berlin.gemeinsam.benchmarks.hotpaths.HotPaths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The whole benchmark in one run: the in-process hot paths (JMH), then the local stack started from the extracted
 * jars, the raw limits of its broker and store, and the scenarios on the running services. Prints a summary
 * table and writes the figures as JSON.
 *
 * <p>Arguments: {@code --smoke} (a few seconds per scenario, for CI), {@code --out=FILE} (the JSON; default
 * {@code benchmark-results/<plan>-jdk<version>-<time>.json}), {@code --repo=DIR} (the repository root, default the
 * working directory), {@code --only=2,6} (only these scenarios, by number; the raw limits run whenever the pipeline
 * does, which reports ratios to them), {@code --search-ideas=N} (how many ideas scenario 7 searches, instead of the
 * plan's 100,000 or, smoke, 2,000), {@code --export-measures=N} (how many measures scenario 8 exports, instead of
 * 50,000 or, smoke, 2,000), {@code --thread-comments=N} (how many comments the thread of scenario 9 has, instead
 * of 10,000 or, smoke, 500), {@code --mail-subscribers=N} (how many subscribers scenario 10 mails, instead of 10,000
 * or, smoke, 200). Scenario 11, the store alone doing the writes of scenarios 2, 3, 4 and 6, runs with each of
 * them, right after the services started. Exits with 1 if any scenario broke; never because of a figure.
 */
public final class BenchmarkSuite {

    private static final Logger log = LoggerFactory.getLogger(BenchmarkSuite.class);
    private static final String HOT_PATHS = "0 hot paths (JMH)";
    private static final String RAW_LIMITS = "1 raw limits";
    private static final String PIPELINE = "2 pipeline throughput";
    private static final String LATENCY = "3 end-to-end latency";
    private static final String HTTP = "4 HTTP";
    private static final String FOOTPRINT = "5 footprint";
    private static final String FAN_OUT = "6 fan-out";
    private static final String SEARCH = SearchScenario.SCENARIO;
    private static final String EXPORT = ExportScenario.SCENARIO;
    private static final String COMMENTS = CommentsScenario.SCENARIO;
    private static final String MAIL = MailScenario.SCENARIO;
    private static final String STORE_ALONE = StoreAlone.SCENARIO;

    private BenchmarkSuite() {
    }

    public static void main(String[] args) {
        boolean smoke = false;
        Path root = Path.of(".");
        Path out = null;
        Set<String> only = Set.of();
        Integer searchIdeas = null;
        Integer exportMeasures = null;
        Integer threadComments = null;
        Integer mailSubscribers = null;
        for (String arg : args) {
            if (arg.equals("--smoke")) {
                smoke = true;
            } else if (arg.startsWith("--out=")) {
                out = Path.of(arg.substring("--out=".length()));
            } else if (arg.startsWith("--repo=")) {
                root = Path.of(arg.substring("--repo=".length()));
            } else if (arg.startsWith("--only=")) {
                only = Set.of(arg.substring("--only=".length()).split(","));
            } else if (arg.startsWith("--search-ideas=")) {
                searchIdeas = Integer.parseInt(arg.substring("--search-ideas=".length()));
            } else if (arg.startsWith("--export-measures=")) {
                exportMeasures = Integer.parseInt(arg.substring("--export-measures=".length()));
            } else if (arg.startsWith("--thread-comments=")) {
                threadComments = Integer.parseInt(arg.substring("--thread-comments=".length()));
            } else if (arg.startsWith("--mail-subscribers=")) {
                mailSubscribers = Integer.parseInt(arg.substring("--mail-subscribers=".length()));
            } else {
                throw new IllegalArgumentException("unknown argument " + arg
                        + " (known: --smoke, --out=, --repo=, --only=, --search-ideas=, --export-measures=,"
                        + " --thread-comments=, --mail-subscribers=)");
            }
        }
        Plan plan = smoke ? Plan.smoke() : Plan.full();
        if (searchIdeas != null) {
            plan = plan.withSearchIdeas(searchIdeas);
        }
        if (exportMeasures != null) {
            plan = plan.withExportMeasures(exportMeasures);
        }
        if (threadComments != null) {
            plan = plan.withThreadComments(threadComments);
        }
        if (mailSubscribers != null) {
            plan = plan.withMailSubscribers(mailSubscribers);
        }
        if (out == null) {
            out = root.resolve("benchmark-results").resolve(plan.name() + "-jdk" + Runtime.version().feature() + "-"
                    + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".json");
        }
        Report report = new Report(plan);
        Set<String> chosen = only;
        Predicate<String> selected = scenario -> chosen.isEmpty()
                || chosen.contains(scenario.substring(0, scenario.indexOf(' ')));
        run(plan, root, report, selected);
        report.write(out);
        log.info("\n{}", report.table());
        log.info("Figures written to {}", out.toAbsolutePath().normalize());
        List<String> missing = new ArrayList<>();
        for (String scenario : List.of(HOT_PATHS, RAW_LIMITS, PIPELINE, LATENCY, HTTP, FOOTPRINT, FAN_OUT,
                SEARCH, EXPORT, COMMENTS, MAIL, STORE_ALONE)) {
            if (selected.test(scenario) && !report.has(scenario)) {
                missing.add(scenario);
            }
        }
        if (!report.failures().isEmpty() || !missing.isEmpty()) {
            log.error("The benchmark broke: failures {}, scenarios without figures {}", report.failures(), missing);
            System.exit(1);
        }
    }

    private static void run(Plan plan, Path root, Report report, Predicate<String> selected) {
        if (selected.test(HOT_PATHS)) {
            log.info("== 0 hot paths (JMH, forked JVM)");
            step(report, HOT_PATHS, () -> HotPaths.run(plan.jmhWarmup(), plan.jmhMeasurement(),
                    plan.jmhIterations()).forEach(score -> report.rate(HOT_PATHS, score.benchmark(),
                    score.nanosPerOperation(), "ns/op", null, null, null, null)));
        }
        LocalStack stack = new LocalStack(root, root.resolve("benchmark-results").resolve("logs"));
        Thread stopOnExit = new Thread(stack::close, "stop-local-stack");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        try {
            log.info("== starting Kafka broker and document store");
            stack.startInfrastructure();
            RawLimits.Limits limits = null;
            if (selected.test(RAW_LIMITS) || selected.test(PIPELINE)) {
                log.info("== 1 raw limits");
                limits = new RawLimits(stack.kafkaBootstrap(), stack.storeUri()).measure(plan.rawDuration(), report);
            }
            if (selected.test(MAIL)) {
                log.info("== starting the mail server");
                stack.startMailServer();
            }
            log.info("== starting the services, one after the other");
            stack.startServices(selected.test(FOOTPRINT));
            storeAlone(new StoreAlone(stack, plan, report), report, selected);
            Scenarios scenarios = new Scenarios(stack, plan, report);
            if (selected.test(FOOTPRINT)) {
                step(report, FOOTPRINT, scenarios::startUpAndIdleFootprint);
            }
            if (selected.test(HTTP)) {
                log.info("== 4 HTTP");
                step(report, HTTP, scenarios::httpSubmission);
            }
            // the closed runs first: they drain completely, while an overloaded latency run leaves a backlog
            if (selected.test(PIPELINE)) {
                log.info("== 2 pipeline throughput");
                RawLimits.Limits rawLimits = limits;
                step(report, PIPELINE, () -> scenarios.pipelineThroughput(rawLimits));
            }
            if (selected.test(FAN_OUT)) {
                log.info("== 6 fan-out");
                step(report, FAN_OUT, scenarios::fanOut);
            }
            if (selected.test(SEARCH)) {
                log.info("== 7 search");
                step(report, SEARCH, new SearchScenario(stack, plan, report)::run);
            }
            if (selected.test(EXPORT)) {
                log.info("== 8 export");
                step(report, EXPORT, new ExportScenario(stack, plan, report)::run);
            }
            if (selected.test(COMMENTS)) {
                log.info("== 9 comments");
                step(report, COMMENTS, new CommentsScenario(stack, plan, report)::run);
            }
            if (selected.test(MAIL)) {
                log.info("== 10 mail");
                step(report, MAIL, () -> new MailScenario(stack, plan, report).run());
            }
            if (selected.test(LATENCY)) {
                log.info("== 3 end-to-end latency");
                step(report, LATENCY, scenarios::endToEndLatency);
                if (selected.test(FOOTPRINT)) {
                    step(report, FOOTPRINT, scenarios::footprintUnderLoad);
                }
            }
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

    /**
     * The store alone doing the writes of each target the store may bound, for the scenarios selected whose
     * targets they explain (or {@code --only=11}): before the scenarios load the store, as the raw limits.
     */
    private static void storeAlone(StoreAlone storeAlone, Report report, Predicate<String> selected) {
        boolean all = selected.test(STORE_ALONE);
        if (all || selected.test(PIPELINE) || selected.test(LATENCY)) {
            log.info("== 11 store alone: the publish path");
            step(report, STORE_ALONE, storeAlone::publish);
        }
        if (all || selected.test(HTTP)) {
            log.info("== 11 store alone: one submission");
            step(report, STORE_ALONE, storeAlone::submission);
        }
        if (all || selected.test(PIPELINE)) {
            log.info("== 11 store alone: the consumer's drain");
            step(report, STORE_ALONE, storeAlone::consumerDrain);
        }
        if (all || selected.test(FAN_OUT)) {
            log.info("== 11 store alone: the fan-out");
            step(report, STORE_ALONE, storeAlone::fanOut);
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
