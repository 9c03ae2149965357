package berlin.gemeinsam.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalKafkaBrokerTest {

    private static final String TOPIC = "ideas.idea-submitted";

    @TempDir
    Path dataDir;

    @Test
    void recordSurvivesBrokerRestartOnTheSameDataDirectory() throws Exception {
        int port = FreePorts.next();
        int controllerPort = FreePorts.next();

        RecordMetadata written;
        try (LocalKafkaBroker broker = new LocalKafkaBroker(dataDir, port, controllerPort).start()) {
            assertThat(broker.isRunning()).isTrue();
            assertThat(dataDir.resolve("kraft-combined-logs/meta.properties")).isRegularFile();
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
                written = producer.send(new ProducerRecord<>(TOPIC, "idea-1", "{\"title\":\"Offene Daten\"}"))
                        .get(30, TimeUnit.SECONDS);
            }
        }
        assertThat(written.hasOffset()).isTrue();

        try (LocalKafkaBroker broker = new LocalKafkaBroker(dataDir, port, controllerPort).start();
             KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                     ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                     ConsumerConfig.GROUP_ID_CONFIG, "local-stack-test",
                     ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                     ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                     ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
            consumer.subscribe(List.of(TOPIC));
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
            assertThat(records).hasSize(1);
            ConsumerRecord<String, String> record = records.get(0);
            assertThat(record.key()).isEqualTo("idea-1");
            assertThat(record.value()).isEqualTo("{\"title\":\"Offene Daten\"}");
            assertThat(record.partition()).isEqualTo(written.partition());
            assertThat(record.offset()).isEqualTo(written.offset());
            assertThat(consumer.partitionsFor(TOPIC)).hasSize(3);
        }
    }

    @Test
    void anAdminPasswordSwitchesTheLauncherToTheSecuredListener() {
        LocalKafkaBroker plain = LocalKafkaBroker.fromArgs("--port=19092", "--controller-port=19093", "--data-dir=" + dataDir);
        LocalKafkaBroker secured = LocalKafkaBroker.fromArgs("--port=19092", "--controller-port=19093",
                "--data-dir=" + dataDir, "--admin-password=s3cret-admin");

        assertThat(plain.isSecured()).isFalse();
        assertThat(plain.serverProperties()).containsEntry("listeners", "PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093")
                .doesNotContainKey("authorizer.class.name");
        assertThatThrownBy(() -> plain.clientProperties("pankow.ideas-service", "x")).isInstanceOf(IllegalStateException.class);

        assertThat(secured.isSecured()).isTrue();
        assertThat(secured.serverProperties())
                .containsEntry("listeners", "SASL_PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093")
                .containsEntry("listener.security.protocol.map", "SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT")
                .containsEntry("sasl.enabled.mechanisms", "SCRAM-SHA-512")
                .containsEntry("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer")
                .containsEntry("allow.everyone.if.no.acl.found", "false");
        assertThat(secured.clientProperties("pankow.ideas-service", "p\\w\"d"))
                .containsEntry("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required"
                        + " username=\"pankow.ideas-service\" password=\"p\\\\w\\\"d\";");
        assertThatThrownBy(() -> LocalKafkaBroker.secured(dataDir, 19092, 19093, "two words"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
