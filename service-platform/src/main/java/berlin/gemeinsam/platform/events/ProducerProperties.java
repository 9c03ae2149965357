package berlin.gemeinsam.platform.events;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How long the broker may take to acknowledge what the service writes.
 *
 * @param deliveryTimeout how long a record may take to be acknowledged, retries included, before its send fails
 *                        and the relay tries again later (Kafka's {@code delivery.timeout.ms})
 */
@ConfigurationProperties("gemeinsam.producer")
public record ProducerProperties(Duration deliveryTimeout) {

    public ProducerProperties {
        deliveryTimeout = deliveryTimeout == null ? Duration.ofSeconds(30) : deliveryTimeout;
    }
}
