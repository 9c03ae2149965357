package berlin.gemeinsam.systemtests;

import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.TestIssuer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production pair: a Kafka broker and a MongoDB replica set from their real images. Runs where a Docker
 * engine exists; elsewhere JUnit reports it as skipped.
 */
@Testcontainers(disabledWithoutDocker = true)
class RealImagesTest {

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.1");

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0");

    @Test
    void anIdeaPublishedAgainstRealKafkaAndMongoDbReachesItsTopic() {
        try (ServiceProcess ideas = ServiceProcess.start("ideas-service", "mitte", KAFKA.getBootstrapServers(),
                MONGO.getReplicaSetUrl())) {
            ideas.awaitReady(Duration.ofSeconds(120));
            HttpApi api = HttpApi.on(ideas.port());
            String id = api.withToken(TestIssuer.get().citizen("anna"))
                    .post("/api/v1/ideas", "{\"title\":\"Echt\",\"problem\":\"Echte Images\"}").field("id");
            assertThat(api.withToken(TestIssuer.get().moderator("mitte")).post("/api/v1/ideas/" + id + "/publish", "")
                    .status()).isEqualTo(200);

            assertThat(readKeys("gemeinsam.mitte.ideas", Duration.ofSeconds(30), id)).contains(id);
        }
    }

    private static List<String> readKeys(String topic, Duration timeout, String wanted) {
        List<String> keys = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.getBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "real-images-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline && !keys.contains(wanted)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    keys.add(record.key());
                }
            }
        }
        return keys;
    }
}
