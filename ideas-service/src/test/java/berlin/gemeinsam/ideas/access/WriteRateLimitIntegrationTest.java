package berlin.gemeinsam.ideas.access;

import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@TestPropertySource(properties = "gemeinsam.security.writes-per-minute=3")
class WriteRateLimitIntegrationTest extends ServiceApiTest {

    private static final String IDEA = "{\"title\":\"Noch eine\",\"problem\":\"Immer mehr Ideen\"}";

    @Test
    void aClientOverItsWriteLimitGets429WithRetryAfterWhileOthersAndReadsGoOn() {
        HttpApi carla = asCitizen("carla-" + System.nanoTime());
        for (int i = 0; i < 3; i++) {
            assertThat(carla.post("/api/v1/ideas", IDEA).status()).isEqualTo(201);
        }

        HttpApi.Response limited = carla.post("/api/v1/ideas", IDEA);

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.contentType()).startsWith("application/problem+json");
        assertThat(limited.field("title")).isEqualTo("Zu viele Anfragen");
        assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
        assertThat(carla.get("/api/v1/ideas").status()).isEqualTo(200);
        assertThat(asCitizen("dora-" + System.nanoTime()).post("/api/v1/ideas", IDEA).status()).isEqualTo(201);
    }
}
