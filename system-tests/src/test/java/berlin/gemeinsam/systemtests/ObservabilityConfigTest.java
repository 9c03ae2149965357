package berlin.gemeinsam.systemtests;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue #15: deploy/observability's Prometheus configuration and alert rules are valid and the rules fire as their
 * promtool unit tests say (with promtool where it is installed: Debian's prometheus package, which .ci/run installs);
 * and the metric names the rules and dashboards read are found in their expressions. That the services export
 * those names: LocalStackBindingTest, against the running local stack.
 */
class ObservabilityConfigTest {

    @Test
    void promtoolAcceptsTheConfigurationAndTheRulesAndTheirUnitTestsPass() throws Exception {
        Path promtool = ObservabilityFiles.onPath("promtool");
        assumeTrue(promtool != null, "promtool is not installed (Debian: apt-get install prometheus); "
                + "the Prometheus configuration and the alert rules are not checked");

        promtool(promtool, "check", "config", ObservabilityFiles.PROMETHEUS.resolve("prometheus.yml").toString());
        List<String> rules = new ArrayList<>(List.of("check", "rules"));
        ObservabilityFiles.ruleFiles().forEach(file -> rules.add(file.toString()));
        promtool(promtool, rules.toArray(String[]::new));
        assertThat(ObservabilityFiles.ruleTestFiles()).as("the alert rules' unit tests").isNotEmpty();
        List<String> tests = new ArrayList<>(List.of("test", "rules"));
        ObservabilityFiles.ruleTestFiles().forEach(file -> tests.add(file.toString()));
        promtool(promtool, tests.toArray(String[]::new));
    }

    @Test
    void theRulesAndDashboardsReadTheSuitesMetrics() {
        assertThat(ObservabilityFiles.dashboards()).extracting(file -> file.getFileName().toString())
                .containsExactlyInAnyOrder("gemeinsam-overview.json", "gemeinsam-unit.json",
                        "gemeinsam-service.json");
        assertThat(ObservabilityFiles.metricNamesUsed()).contains("gemeinsam_consumer_lag_seconds",
                "gemeinsam_dead_letters", "gemeinsam_unit_last_event_age_seconds", "gemeinsam_outbox_backlog",
                "gemeinsam_events_published_total", "gemeinsam_events_consumed_total",
                "http_server_requests_seconds_bucket", "jvm_memory_used_bytes");
    }

    @Test
    void metricNamesAreTheIdentifiersOfAnExpressionThatAreNeitherFunctionsLabelsNorKeywords() {
        assertThat(ObservabilityFiles.metricNames("histogram_quantile(0.95, sum by (le) (rate("
                + "http_server_requests_seconds_bucket{owning_unit=\"$unit\", service=~\"a|b\"}[$__rate_interval])))"))
                .containsExactly("http_server_requests_seconds_bucket");
        assertThat(ObservabilityFiles.metricNames("(delta(gemeinsam_dead_letters[15m]) > 0) or (gemeinsam_dead_letters"
                + " > 0 unless last_over_time(gemeinsam_dead_letters[1d] offset 15m))"))
                .containsExactly("gemeinsam_dead_letters");
        assertThat(ObservabilityFiles.metricNames("sum(a_total) by (type) / on (unit) group_left (x) b ^ 1e3"))
                .containsExactly("a_total", "b");
        assertThat(ObservabilityFiles.metricNames(
                "label_values(process_uptime_seconds{owning_unit=\"$unit\"}, service)"))
                .containsExactly("process_uptime_seconds");
        assertThat(ObservabilityFiles.metricNames("up{job=~\"gemeinsam|stream-monitor\"} == bool 0"))
                .containsExactly("up");
    }

    private static void promtool(Path promtool, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(promtool.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("%s:%n%s", String.join(" ", command), output).isZero();
    }
}
