package berlin.gemeinsam.monitor;

import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;

/**
 * The monitor's tests on the JVM's shared broker and store, all in one Spring context: the gauges are refreshed
 * often, so a test sees the cluster's change in the metrics soon.
 */
@TestPropertySource(properties = {"gemeinsam.unit=central", "gemeinsam.monitor.refresh-interval=300ms",
        "gemeinsam.monitor.rate-window=1m"})
abstract class MonitorIntegrationTest extends ServiceApiTest {

    /** The instances whose outbox backlog the monitor reads: two that answer, and one where nothing listens. */
    @DynamicPropertySource
    static void instances(DynamicPropertyRegistry properties) {
        properties.add("gemeinsam.monitor.instances", () -> String.join(",", FakeInstances.url("mitte-ideas"),
                FakeInstances.url("pankow-measures"), "http://127.0.0.1:1"));
        properties.add("gemeinsam.monitor.token-uri", () -> FakeInstances.url("oauth2/token"));
        properties.add("gemeinsam.monitor.client-id", () -> FakeInstances.CLIENT_ID);
        properties.add("gemeinsam.monitor.client-secret", () -> FakeInstances.CLIENT_SECRET);
    }

    static final Duration PATIENCE = Duration.ofSeconds(20);

    /** The value at the end of a series' line of the scrape. */
    private static final Pattern VALUE = Pattern.compile("} (\\S+)$");

    /** The value of one series of the Prometheus scrape, as the central office reads it; {@code null} if absent. */
    Double metric(String name, String... labels) {
        HttpApi.Response scrape = asCentralOffice().send("GET", "/actuator/prometheus", null,
                Map.of("Accept", "text/plain"));
        for (String line : scrape.text().split("\n")) {
            if (line.startsWith(name + "{") && containsAll(line, labels)) {
                Matcher value = VALUE.matcher(line);
                if (value.find()) {
                    return Double.valueOf(value.group(1));
                }
            }
        }
        return null;
    }

    void awaitMetric(double expected, String name, String... labels) {
        await().atMost(PATIENCE).until(() -> Double.valueOf(expected).equals(metric(name, labels)));
    }

    private static boolean containsAll(String line, String... labels) {
        for (int index = 0; index < labels.length; index += 2) {
            if (!line.contains(labels[index] + "=\"" + labels[index + 1] + "\"")) {
                return false;
            }
        }
        return true;
    }
}
