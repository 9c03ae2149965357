package berlin.gemeinsam.monitor;

import berlin.gemeinsam.platform.PlatformAutoConfiguration;
import berlin.gemeinsam.platform.events.ReliableProducer;
import org.apache.kafka.clients.admin.Admin;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Duration;
import java.util.Map;

/**
 * The central office's monitor of one Kafka cluster: every unit's streams, the consumer groups' lag and the dead
 * letters, read with Kafka's Admin client and from the topics themselves, never from a unit's database.
 *
 * <p>It is no unit's instance: it owns no stream topic, no outbox and no dead-letter topic, so the platform's
 * instance wiring ({@link PlatformAutoConfiguration}) stays out. It keeps the platform's basics, security, problems,
 * web protocol and contracts; it runs for the unit {@code central}, whose admins may change its management endpoints.
 */
@SpringBootApplication(exclude = PlatformAutoConfiguration.class)
@EnableScheduling
public class StreamMonitorApplication {

    private static final Duration REPLAY_DELIVERY_TIMEOUT = Duration.ofSeconds(30);

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(StreamMonitorApplication.class);
        // the platform's defaults name the unit by GEMEINSAM_UNIT; the monitor's is the central office's
        application.setDefaultProperties(Map.of("GEMEINSAM_UNIT", "central"));
        application.run(args);
    }

    /**
     * The producer of replays: the platform's reliable producer (idempotent, {@code acks=all}), the one the services
     * publish their events with.
     */
    @Bean
    KafkaTemplate<byte[], byte[]> replayKafkaTemplate(KafkaProperties kafka) {
        return new KafkaTemplate<>(ReliableProducer.factory(kafka.buildProducerProperties(), REPLAY_DELIVERY_TIMEOUT));
    }

    /** One Admin client for the monitor's reads of the cluster; it is thread-safe. */
    @Bean(destroyMethod = "close")
    Admin clusterAdmin(KafkaProperties kafka) {
        return Admin.create(kafka.buildAdminProperties());
    }
}
