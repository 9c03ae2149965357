package berlin.gemeinsam.monitor;

import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.KafkaTestClient;
import berlin.gemeinsam.testsupport.SharedKafkaBroker;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A poison event in a unit's dead-letter topic shows up with its failure; the unit's admin sees its payload and
 * replays it to its original topic once, which gets exactly one copy; the audit log names who replayed it.
 */
class DeadLetterReplayIntegrationTest extends MonitorIntegrationTest {

    private static final String DEAD_LETTERS = "gemeinsam.pankow.participation-service.dlq";
    private static final String ORIGINAL = "gemeinsam.mitte.ideas";

    @Test
    void aPoisonEventShowsUpWithItsFailureAndIsReplayedOnce() {
        String eventId = UUID.randomUUID().toString();
        RecordMetadata deadLetter = deadLetter(eventId, "{\"ideaId\":\"" + eventId + "\",\"title\":");

        JsonNode entry = await().atMost(PATIENCE).until(() -> entry(asCentralOffice(), eventId),
                found -> found != null);
        assertThat(entry.path("partition").asInt()).isEqualTo(deadLetter.partition());
        assertThat(entry.path("offset").asLong()).isEqualTo(deadLetter.offset());
        assertThat(entry.path("key").asString()).isEqualTo(eventId);
        assertThat(entry.path("original").path("topic").asString()).isEqualTo(ORIGINAL);
        assertThat(entry.path("original").path("partition").asLong()).isEqualTo(2);
        assertThat(entry.path("original").path("offset").asLong()).isEqualTo(41);
        assertThat(entry.path("original").path("consumerGroup").asString()).isEqualTo("pankow.participation-service");
        assertThat(entry.path("failure").path("exception").asString())
                .isEqualTo("berlin.gemeinsam.platform.events.PoisonEventException");
        assertThat(entry.path("failure").path("message").asString()).isEqualTo("unreadable data");
        assertThat(entry.path("event").path("type").asString()).isEqualTo("berlin.gemeinsam.idea.published.v1");
        assertThat(entry.path("payload").isNull()).as("the central office does not see the payload").isTrue();
        assertThat(entry.path("replay").isNull()).isTrue();
        assertThat(entry(asUnitAdmin("pankow"), eventId).path("payload").asString())
                .isEqualTo("{\"ideaId\":\"" + eventId + "\",\"title\":");
        assertThat(asUnitAdmin("mitte").get("/api/v1/dead-letters/" + DEAD_LETTERS).status()).isEqualTo(403);
        assertThat(asCitizen("anna").get("/api/v1/dead-letters/" + DEAD_LETTERS).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/dead-letters/" + DEAD_LETTERS).status()).isEqualTo(401);
        await().atMost(PATIENCE).until(() -> {
            Double size = metric("gemeinsam_dead_letters", "topic", DEAD_LETTERS);
            return size != null && size >= 1;
        });

        String replay = "/api/v1/dead-letters/" + DEAD_LETTERS + "/" + deadLetter.partition() + "/"
                + deadLetter.offset() + "/replay";
        assertThat(api.post(replay, "").status()).isEqualTo(401);
        assertThat(asCentralOffice().post(replay, "").status()).isEqualTo(403);
        assertThat(asUnitAdmin("mitte").post(replay, "").status()).isEqualTo(403);
        HttpApi.Response replayed = asUnitAdmin("pankow").post(replay, "");
        assertThat(replayed.status()).isEqualTo(201);
        assertThat(replayed.json().path("replayedBy").asString()).isEqualTo("admin-pankow");
        assertThat(replayed.json().path("originalTopic").asString()).isEqualTo(ORIGINAL);
        HttpApi.Response again = asUnitAdmin("pankow").post(replay, "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(asUnitAdmin("pankow").inLanguage("en").post(replay, "").field("detail"))
                .isEqualTo("The replay of this dead letter exists already.");

        List<ConsumerRecord<String, String>> copies = KafkaTestClient.read(ORIGINAL,
                record -> eventId.equals(KafkaTestClient.header(record, "ce_id")), 1, PATIENCE);
        assertThat(copies).hasSize(1);
        ConsumerRecord<String, String> copy = copies.get(0);
        assertThat(copy.key()).isEqualTo(eventId);
        assertThat(copy.value()).isEqualTo("{\"ideaId\":\"" + eventId + "\",\"title\":");
        assertThat(KafkaTestClient.header(copy, "ce_type")).isEqualTo("berlin.gemeinsam.idea.published.v1");
        assertThat(copy.headers().toArray()).extracting(Header::key).noneMatch(name -> name.startsWith("kafka_dlt-"));

        assertThat(entry(asCentralOffice(), eventId).path("replay").path("replayedBy").asString())
                .isEqualTo("admin-pankow");
        assertThat(auditLog(asUnitAdmin("pankow"))).anySatisfy(logged -> {
            assertThat(logged.path("eventId").asString()).isEqualTo(eventId);
            assertThat(logged.path("replayedBy").asString()).isEqualTo("admin-pankow");
            assertThat(logged.path("replayedAt").isString()).isTrue();
            assertThat(logged.path("deadLetterTopic").asString()).isEqualTo(DEAD_LETTERS);
        });
        assertThat(auditLog(asCentralOffice())).anyMatch(logged -> logged.path("eventId").asString().equals(eventId));
        assertThat(auditLog(asUnitAdmin("mitte"))).noneMatch(logged -> logged.path("eventId").asString()
                .equals(eventId));
    }

    @Test
    void theDeadLetterTopicsAreListedWithTheirSizeForWhoeverMayReadThem() {
        deadLetter(UUID.randomUUID().toString(), "{}");

        await().atMost(PATIENCE).until(() -> topicSize(asCentralOffice()) >= 1);
        assertThat(topicSize(asUnitAdmin("pankow"))).isGreaterThanOrEqualTo(1);
        assertThat(topicSize(asUnitAdmin("mitte"))).isEqualTo(-1);
    }

    @Test
    void anUnknownTopicOrDeadLetterIsNotFound() {
        deadLetter(UUID.randomUUID().toString(), "{}");

        assertThat(asCentralOffice().get("/api/v1/dead-letters/gemeinsam.pankow.nothing.dlq").status())
                .isEqualTo(404);
        assertThat(asCentralOffice().get("/api/v1/dead-letters/gemeinsam.pankow.ideas").status()).isEqualTo(404);
        assertThat(asUnitAdmin("pankow").post("/api/v1/dead-letters/" + DEAD_LETTERS + "/0/999999/replay", "")
                .status()).isEqualTo(404);
    }

    private static long topicSize(HttpApi caller) {
        for (JsonNode topic : caller.get("/api/v1/dead-letters").json().path("topics")) {
            if (topic.path("topic").asString().equals(DEAD_LETTERS)) {
                assertThat(topic.path("unit").asString()).isEqualTo("pankow");
                assertThat(topic.path("service").asString()).isEqualTo("participation-service");
                return topic.path("size").asLong();
            }
        }
        return -1;
    }

    private static List<JsonNode> auditLog(HttpApi caller) {
        HttpApi.Response log = caller.get("/api/v1/dead-letters/replays");
        assertThat(log.status()).isEqualTo(200);
        List<JsonNode> replays = new ArrayList<>();
        log.json().path("replays").forEach(replays::add);
        return replays;
    }

    private static JsonNode entry(HttpApi caller, String eventId) {
        HttpApi.Response entries = caller.get("/api/v1/dead-letters/" + DEAD_LETTERS);
        assertThat(entries.status()).isEqualTo(200);
        for (JsonNode entry : entries.json().path("entries")) {
            if (entry.path("event").path("id").asString().equals(eventId)) {
                return entry;
            }
        }
        return null;
    }

    /** A dead letter as the platform's error handler writes it: the event with its headers and the failure's. */
    private static RecordMetadata deadLetter(String eventId, String payload) {
        List<Header> headers = new ArrayList<>();
        KafkaTestClient.cloudEventHeaders(eventId, "/units/mitte/ideas-service", "berlin.gemeinsam.idea.published.v1",
                        eventId, "mitte")
                .forEach((name, value) -> headers.add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
        headers.add(text("kafka_dlt-original-topic", ORIGINAL));
        headers.add(new RecordHeader("kafka_dlt-original-partition", ByteBuffer.allocate(4).putInt(2).array()));
        headers.add(new RecordHeader("kafka_dlt-original-offset", ByteBuffer.allocate(8).putLong(41).array()));
        headers.add(new RecordHeader("kafka_dlt-original-timestamp",
                ByteBuffer.allocate(8).putLong(System.currentTimeMillis()).array()));
        headers.add(text("kafka_dlt-original-consumer-group", "pankow.participation-service"));
        headers.add(text("kafka_dlt-exception-fqcn", "berlin.gemeinsam.platform.events.PoisonEventException"));
        headers.add(text("kafka_dlt-exception-message", "unreadable data"));
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafkaBroker.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<byte[], byte[]> producer =
                     new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer())) {
            return producer.send(new ProducerRecord<>(DEAD_LETTERS, null, eventId.getBytes(StandardCharsets.UTF_8),
                    payload.getBytes(StandardCharsets.UTF_8), headers)).get(PATIENCE.toSeconds(),
                    TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not write the dead letter", e);
        }
    }

    private static Header text(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
