package berlin.gemeinsam.monitor;

import berlin.gemeinsam.testsupport.HttpApi;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The outbox backlog of each configured instance, read from its metrics with the monitor's own token. */
class OutboxBacklogIntegrationTest extends MonitorIntegrationTest {

    @Test
    void theCentralOfficeReadsEveryInstancesBacklogAndWhichInstanceDoesNotAnswer() {
        List<JsonNode> instances = backlogs(asCentralOffice());

        assertThat(instances).anySatisfy(instance -> {
            assertThat(instance.path("url").asString()).isEqualTo(FakeInstances.url("mitte-ideas"));
            assertThat(instance.path("unit").asString()).isEqualTo("mitte");
            assertThat(instance.path("service").asString()).isEqualTo("ideas-service");
            assertThat(instance.path("backlog").asDouble()).isEqualTo(3.0);
            assertThat(instance.path("error").isNull()).isTrue();
        });
        assertThat(instances).anySatisfy(instance -> {
            assertThat(instance.path("unit").asString()).isEqualTo("pankow");
            assertThat(instance.path("backlog").asDouble()).isZero();
        });
        assertThat(instances).anySatisfy(instance -> {
            assertThat(instance.path("url").asString()).isEqualTo("http://127.0.0.1:1");
            assertThat(instance.path("backlog").isNull()).isTrue();
            assertThat(instance.path("error").asString()).contains("did not answer");
        });
    }

    @Test
    void aUnitAdminReadsTheirOwnUnitsInstancesOnly() {
        List<JsonNode> instances = backlogs(asUnitAdmin("pankow"));

        assertThat(instances).isNotEmpty()
                .allSatisfy(instance -> assertThat(instance.path("unit").asString()).isEqualTo("pankow"));
    }

    private static List<JsonNode> backlogs(HttpApi caller) {
        HttpApi.Response answer = caller.get("/api/v1/outbox-backlogs");
        assertThat(answer.status()).isEqualTo(200);
        List<JsonNode> instances = new ArrayList<>();
        answer.json().path("instances").forEach(instances::add);
        return instances;
    }
}
