package berlin.gemeinsam.testsupport;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a service's test context at the JVM's shared broker, store and token issuer. Use with
 * {@code @ContextConfiguration(initializers = SharedInfrastructure.class)}, or through {@link ServiceIntegrationTest}.
 */
public class SharedInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "spring.kafka.bootstrap-servers=" + SharedKafkaBroker.bootstrapServers(),
                "spring.mongodb.uri=" + SharedDocumentStore.uri(),
                "gemeinsam.security.issuer=" + TestIssuer.get().issuer(),
                // tests should see new topics and pending events quickly
                "spring.cloud.stream.kafka.binder.consumer-properties.metadata.max.age.ms=1000",
                "gemeinsam.outbox.sweep-interval=500ms"
        ).applyTo(context);
    }
}
