package berlin.gemeinsam.platform.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A service as small as the platform's tests need: ideas written through the outbox ({@link Ideas}), a REST
 * endpoint to write them ({@link IdeaController}), a consumer of supports event by event and one of measures in
 * batches ({@link Consumers}).
 */
@SpringBootApplication
public class PlatformTestApplication {
}
