package berlin.gemeinsam.notifications;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Every test context of the service posts webhooks to receivers on loopback, looks for due deliveries often, and
 * disables an endpoint after a short streak, so that a test sees it after a few attempts (registered in
 * {@code META-INF/spring.factories}, so the contexts stay as they are cached).
 */
public class TestWebhookSettings implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** Failed attempts in a row that disable an endpoint in the tests. */
    public static final int DISABLE_AFTER = 3;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("gemeinsam.notifications.webhooks.allow-loopback=true",
                "gemeinsam.notifications.webhooks.send-interval=100ms",
                "gemeinsam.notifications.webhooks.disable-after=" + DISABLE_AFTER).applyTo(context);
    }
}
