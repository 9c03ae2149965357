package berlin.gemeinsam.platform.events;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReliableProducerTest {

    private static final Map<String, Object> CLIENT = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9");

    @Test
    void theDeliveryTimeoutIsConfigurableAndAShortOneStillMakesAProducer() {
        DefaultKafkaProducerFactory<byte[], byte[]> factory = ReliableProducer.factory(CLIENT, Duration.ofSeconds(3));

        assertThat(factory.getConfigurationProperties()).containsEntry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 3000);
        try (Producer<byte[], byte[]> producer = factory.createProducer()) {
            assertThat(producer.metrics()).isNotEmpty();
        }
    }

    @Test
    void theDefaultDeliveryTimeoutKeepsTheRequestTimeout() {
        DefaultKafkaProducerFactory<byte[], byte[]> factory = ReliableProducer.factory(CLIENT, Duration.ofSeconds(30));

        assertThat(factory.getConfigurationProperties())
                .containsEntry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000)
                .containsEntry(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        try (Producer<byte[], byte[]> producer = factory.createProducer()) {
            assertThat(producer.metrics()).isNotEmpty();
        }
    }
}
