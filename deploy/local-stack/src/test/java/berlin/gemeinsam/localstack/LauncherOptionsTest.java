package berlin.gemeinsam.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class LauncherOptionsTest {

    private static final Set<String> NAMES = Set.of("port", "controller-port", "data-dir");

    @Test
    void argumentBeatsSystemPropertyBeatsEnvironmentBeatsDefault() {
        Map<String, String> properties = Map.of("localstack.kafka.port", "2", "localstack.kafka.controller-port", "3");
        Map<String, String> environment = Map.of("KAFKA_PORT", "4", "KAFKA_CONTROLLER_PORT", "5", "KAFKA_DATA_DIR", "/tmp/x");
        LauncherOptions options = LauncherOptions.parse("kafka", NAMES, properties::get, environment::get, "--port=1");

        assertThat(options.port("port", 9092)).isEqualTo(1);
        assertThat(options.port("controller-port", 9093)).isEqualTo(3);
        assertThat(options.path("data-dir", "data")).isEqualTo(Path.of("/tmp/x"));
        assertThat(LauncherOptions.parse("kafka", NAMES, k -> null, k -> null).port("port", 9092)).isEqualTo(9092);
    }

    @Test
    void acceptsSeparatedValuesAndRejectsUnknownOrInvalidOptions() {
        LauncherOptions options = LauncherOptions.parse("store", NAMES, k -> null, k -> null, "--data-dir", "/tmp/y");
        assertThat(options.path("data-dir", "data")).isEqualTo(Path.of("/tmp/y"));
        assertThat(options.environmentName("data-dir")).isEqualTo("STORE_DATA_DIR");

        assertThatThrownBy(() -> LauncherOptions.parse("store", NAMES, k -> null, k -> null, "--nope=1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--nope");
        assertThatThrownBy(() -> LauncherOptions.parse("store", NAMES, k -> null, k -> null, "port=1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LauncherOptions.parse("store", NAMES, k -> null, k -> null, "--port=x").port("port", 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a number");
        assertThatThrownBy(() -> LauncherOptions.parse("store", NAMES, k -> null, k -> null, "--port=70000").port("port", 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of range");
    }

    @Test
    void theStoresPageCacheIsAQuarterOfTheHeapUnlessSet() {
        assertThat(LocalDocumentStore.defaultCacheMegabytes())
                .isEqualTo((int) Math.max(16, Runtime.getRuntime().maxMemory() / 4 / (1024 * 1024)));
        assertThat(LocalDocumentStore.fromArgs("--cache-mb=64").cacheMegabytes()).isEqualTo(64);
        assertThat(LauncherOptions.parse("store", Set.of("cache-mb"), k -> null, Map.of("STORE_CACHE_MB", "48")::get)
                .positive("cache-mb", 16)).isEqualTo(48);
        assertThatThrownBy(() -> LauncherOptions.parse("store", Set.of("cache-mb"), k -> null, k -> null, "--cache-mb=0")
                .positive("cache-mb", 16))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
    }
}
