package berlin.gemeinsam.benchmarks;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The figures of one run: printed as a table at the end and written as JSON. */
final class Report {

    private static final Logger log = LoggerFactory.getLogger(Report.class);

    /**
     * One figure. {@code value} is a rate or a size; latencies have their median and p99 (milliseconds) as well.
     * {@code met} is empty where the issue sets no target for the figure.
     */
    record Row(String scenario, String figure, double value, String unit, Double medianMs, Double p99Ms,
               Double ratio, String target, Boolean met, String note) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private final Map<String, Object> environment = new LinkedHashMap<>();

    Report(Plan plan) {
        environment.put("plan", plan.name());
        environment.put("startedAt", Instant.now().toString());
        environment.put("jdk", System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"));
        environment.put("javaHome", System.getProperty("java.home"));
        environment.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        environment.put("processors", Runtime.getRuntime().availableProcessors());
        environment.put("cpu", Machine.cpuModel());
        environment.put("memory", Machine.totalMemory());
        environment.put("plan settings", plan);
        environment.put("load average at start", Machine.loadAverage());
    }

    void add(Row row) {
        rows.add(row);
        log.info("  {} | {}: {} {}{}", row.scenario(), row.figure(), format(row.value()), row.unit(),
                row.p99Ms() == null ? "" : " (median " + format(row.medianMs()) + " ms, p99 " + format(row.p99Ms())
                        + " ms)");
    }

    void rate(String scenario, String figure, double value, String unit, Double ratio, String target, Boolean met,
              String note) {
        add(new Row(scenario, figure, value, unit, null, null, ratio, target, met, note));
    }

    void latency(String scenario, String figure, double perSecond, Stats stats, String target, Boolean met,
                 String note) {
        add(new Row(scenario, figure, perSecond, "/s", stats.medianMs(), stats.p99Ms(), null, target, met, note));
    }

    /** A scenario that broke: the run goes on with the others, and the suite fails at the end. */
    void failed(String scenario, Exception failure) {
        log.error("Scenario {} failed", scenario, failure);
        failures.add(scenario + ": " + failure);
    }

    List<String> failures() {
        return failures;
    }

    boolean has(String scenario) {
        return rows.stream().anyMatch(row -> row.scenario().equals(scenario));
    }

    void write(Path file) {
        environment.put("load average at end", Machine.loadAverage());
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("environment", environment);
        document.put("figures", rows);
        document.put("failures", failures);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                    .writeValueAsString(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The summary table, in Markdown so that BENCHMARKS.md can take it as it is. */
    String table() {
        StringBuilder table = new StringBuilder();
        table.append("JDK: ").append(environment.get("jdk")).append(" · ").append(environment.get("processors"))
                .append(" cores · ").append(environment.get("cpu")).append(" · ").append(environment.get("memory"))
                .append(" · plan: ").append(environment.get("plan"))
                .append(" · load average at start / end: ").append(environment.get("load average at start"))
                .append(" / ").append(environment.get("load average at end")).append('\n');
        table.append("| scenario | figure | value | median ms | p99 ms | ratio to raw | target | met |\n");
        table.append("| --- | --- | ---: | ---: | ---: | ---: | --- | --- |\n");
        for (Row row : rows) {
            table.append("| ").append(row.scenario())
                    .append(" | ").append(row.figure()).append(row.note() == null ? "" : " (" + row.note() + ")")
                    .append(" | ").append(format(row.value())).append(' ').append(row.unit())
                    .append(" | ").append(row.medianMs() == null ? "" : format(row.medianMs()))
                    .append(" | ").append(row.p99Ms() == null ? "" : format(row.p99Ms()))
                    .append(" | ").append(row.ratio() == null ? "" : String.format(Locale.ROOT, "%.1f %%", row.ratio() * 100))
                    .append(" | ").append(row.target() == null ? "" : row.target())
                    .append(" | ").append(row.met() == null ? "" : row.met() ? "yes" : "**no**")
                    .append(" |\n");
        }
        if (!failures.isEmpty()) {
            table.append("\nFAILED: ").append(String.join("; ", failures)).append('\n');
        }
        return table.toString();
    }

    static String format(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        if (Math.abs(value) >= 100 || value == Math.rint(value)) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
