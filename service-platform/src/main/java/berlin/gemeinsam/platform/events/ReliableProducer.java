package berlin.gemeinsam.platform.events;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The one producer configuration for everything a service writes to Kafka (its events, its dead letters): a
 * record counts as sent only when all in-sync replicas have it, and retries never duplicate or reorder records
 * of a partition (idempotence, at most five requests in flight).
 */
public final class ReliableProducer {

    /** How long one request to the broker may take; at most half the delivery timeout. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private ReliableProducer() {
    }

    /**
     * @param kafkaClient Boot's {@code spring.kafka.*} producer properties (servers, and in production the SASL
     *                    and TLS settings), which the binder's consumers use too
     * @param deliveryTimeout how long a record may take to be acknowledged, retries included, before its send
     *                    fails ({@code gemeinsam.producer.delivery-timeout})
     */
    public static DefaultKafkaProducerFactory<byte[], byte[]> factory(Map<String, Object> kafkaClient,
                                                                     Duration deliveryTimeout) {
        Map<String, Object> producer = new HashMap<>(kafkaClient);
        producer.put(ProducerConfig.ACKS_CONFIG, "all");
        producer.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producer.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        producer.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) deliveryTimeout.toMillis());
        // Kafka requires the delivery timeout to cover linger.ms (5 ms by default) and one request
        Duration half = deliveryTimeout.dividedBy(2);
        Duration requestTimeout = half.compareTo(REQUEST_TIMEOUT) < 0 ? half : REQUEST_TIMEOUT;
        producer.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) requestTimeout.toMillis());
        producer.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        producer.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        producer.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return new DefaultKafkaProducerFactory<>(producer);
    }
}
