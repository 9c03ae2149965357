package berlin.gemeinsam.systemtests;

import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * deploy/observability (issue #15): the PromQL expressions of its alert rules and Grafana dashboards, and the metric
 * names they read.
 */
final class ObservabilityFiles {

    static final Path FOLDER = Path.of(System.getProperty("gemeinsam.repository.root", ".."))
            .resolve("deploy/observability");
    static final Path PROMETHEUS = FOLDER.resolve("prometheus");

    /** Series Prometheus writes itself for every target; no service exports them. */
    private static final Set<String> WRITTEN_BY_PROMETHEUS = Set.of("up");
    private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left",
            "group_right", "bool", "and", "or", "unless", "offset", "inf", "nan");
    private static final Pattern STRING = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])*'");
    private static final Pattern GRAFANA_VARIABLE = Pattern.compile("\\$\\{[^}]*}|\\$\\w+");
    private static final Pattern GROUPING = Pattern.compile(
            "\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern LABEL_VALUES = Pattern.compile("label_values\\((.*),\\s*\\w+\\s*\\)");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w:.])[a-zA-Z_:][\\w:]*");

    private static final JsonMapper JSON = JsonMapper.shared();

    private ObservabilityFiles() {
    }

    /** The program of that name on the PATH, or null. */
    static Path onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .map(folder -> Path.of(folder, program)).filter(Files::isExecutable).findFirst().orElse(null);
    }

    static List<Path> ruleFiles() {
        return list(PROMETHEUS.resolve("rules"), ".yml");
    }

    static List<Path> ruleTestFiles() {
        return list(PROMETHEUS.resolve("tests"), ".yml");
    }

    static List<Path> dashboards() {
        return list(FOLDER.resolve("grafana/dashboards"), ".json");
    }

    /** Every metric name the alert rules and the dashboards read, without the series Prometheus writes itself. */
    static Set<String> metricNamesUsed() {
        Set<String> names = new TreeSet<>();
        expressions().forEach(expression -> names.addAll(metricNames(expression)));
        names.removeAll(WRITTEN_BY_PROMETHEUS);
        return names;
    }

    /** The alert rules' expressions, the dashboards' panel queries and the queries of their variables. */
    static List<String> expressions() {
        List<String> expressions = new ArrayList<>();
        for (Path file : ruleFiles()) {
            Map<String, List<Map<String, List<Map<String, Object>>>>> rules = new Yaml().load(read(file));
            rules.get("groups").forEach(group -> group.get("rules").forEach(rule ->
                    expressions.add(String.valueOf(rule.get("expr")))));
        }
        for (Path file : dashboards()) {
            JsonNode dashboard = JSON.readTree(read(file));
            dashboard.path("panels").forEach(panel -> panel.path("targets").forEach(target ->
                    expressions.add(target.path("expr").asString())));
            dashboard.path("templating").path("list").forEach(variable -> {
                JsonNode query = variable.path("query");
                expressions.add(query.isObject() ? query.path("query").asString() : query.asString());
            });
        }
        return expressions;
    }

    /**
     * The metric names a PromQL expression (or a Grafana variable's {@code label_values(…)}) reads: its identifiers
     * outside strings, label matchers, ranges and grouping clauses that are neither functions nor keywords.
     */
    static Set<String> metricNames(String expression) {
        String text = GRAFANA_VARIABLE.matcher(STRING.matcher(expression).replaceAll("\"\"")).replaceAll("");
        Matcher labelValues = LABEL_VALUES.matcher(text);
        if (labelValues.find()) {
            text = labelValues.group(1);
        }
        text = GROUPING.matcher(text.replaceAll("\\{[^}]*}", " ").replaceAll("\\[[^]]*]", " ")).replaceAll(" ");
        Set<String> names = new TreeSet<>();
        Matcher identifier = IDENTIFIER.matcher(text);
        while (identifier.find()) {
            String name = identifier.group();
            boolean function = text.substring(identifier.end()).stripLeading().startsWith("(");
            if (!function && !KEYWORDS.contains(name.toLowerCase())) {
                names.add(name);
            }
        }
        return names;
    }

    /** The names of the samples of a Prometheus text exposition ({@code /actuator/prometheus}). */
    static Set<String> sampleNames(String exposition) {
        Set<String> names = new TreeSet<>();
        exposition.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                .forEach(line -> names.add(line.split("[{ ]", 2)[0]));
        return names;
    }

    private static List<Path> list(Path folder, String suffix) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
