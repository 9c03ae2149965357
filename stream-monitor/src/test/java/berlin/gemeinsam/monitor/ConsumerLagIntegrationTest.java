package berlin.gemeinsam.monitor;

import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.KafkaTestClient;
import berlin.gemeinsam.testsupport.SharedKafkaBroker;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A unit's consumer group that stops consuming falls behind its topic, in records and in seconds, and catches up when
 * it consumes again; the unit's stream shows its events and the unit is live.
 */
class ConsumerLagIntegrationTest extends MonitorIntegrationTest {

    private static final String TOPIC = "gemeinsam.pankow.ideas";
    private static final String GROUP = "pankow.lag-probe";

    @Test
    void lagAppearsWhenTheGroupStopsConsumingAndDrainsWhenItConsumesAgain() {
        publish(3);
        consumeEverythingAs(GROUP, 3);
        await().atMost(PATIENCE).until(() -> group(asCentralOffice()) != null && group(asCentralOffice())
                .path("lagRecords").asLong() == 0);

        publish(2);

        await().atMost(PATIENCE).until(() -> group(asCentralOffice()).path("lagSeconds").asDouble() > 0);
        JsonNode group = group(asCentralOffice());
        assertThat(group.path("unit").asString()).isEqualTo("pankow");
        assertThat(group.path("lagRecords").asLong()).isEqualTo(2);
        assertThat(group.path("activeMembers").asInt()).isZero();
        long lagging = 0;
        for (JsonNode partition : group.path("partitions")) {
            assertThat(partition.path("topic").asString()).isEqualTo(TOPIC);
            assertThat(partition.path("lagRecords").asLong())
                    .isEqualTo(partition.path("endOffset").asLong() - partition.path("committedOffset").asLong());
            if (partition.path("lagRecords").asLong() > 0) {
                lagging++;
                assertThat(partition.path("oldestUnconsumedAt").isString()).isTrue();
            }
        }
        assertThat(lagging).isPositive();
        awaitMetric(2.0, "gemeinsam_consumer_lag_records", "group", GROUP, "topic", TOPIC);
        await().atMost(PATIENCE).until(() -> {
            Double seconds = metric("gemeinsam_consumer_lag_seconds", "group", GROUP, "topic", TOPIC);
            return seconds != null && seconds > 0;
        });

        consumeEverythingAs(GROUP, 2);

        await().atMost(PATIENCE).until(() -> group(asCentralOffice()).path("lagRecords").asLong() == 0);
        assertThat(group(asCentralOffice()).path("lagSeconds").asDouble()).isZero();
        awaitMetric(0.0, "gemeinsam_consumer_lag_records", "group", GROUP, "topic", TOPIC);
        awaitMetric(0.0, "gemeinsam_consumer_lag_seconds", "group", GROUP, "topic", TOPIC);
    }

    @Test
    void theUnitsStreamShowsItsEventsTheirRateAndTheUnitIsLive() {
        publish(1);
        await().atMost(PATIENCE).until(() -> stream(asCentralOffice()) != null);
        publish(2);

        await().atMost(PATIENCE).until(() -> stream(asCentralOffice()).path("eventsPerMinute").asDouble() > 0);
        JsonNode stream = stream(asCentralOffice());
        assertThat(stream.path("topic").asString()).isEqualTo(TOPIC);
        assertThat(stream.path("events").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(stream.path("lastEventAt").isString()).isTrue();
        assertThat(unit(asCentralOffice(), "pankow").path("live").asBoolean()).isTrue();
        await().atMost(PATIENCE).until(() -> metric("gemeinsam_unit_last_event_age_seconds",
                "unit", "pankow", "stream", "ideas") != null);
    }

    @Test
    void aUnitAdminReadsOnlyTheirOwnUnitsStreamsAndConsumers() {
        publish(1);
        consumeEverythingAs(GROUP, 0);
        await().atMost(PATIENCE).until(() -> group(asCentralOffice()) != null);

        assertThat(group(asUnitAdmin("pankow"))).isNotNull();
        assertThat(unit(asUnitAdmin("pankow"), "pankow")).isNotNull();
        assertThat(group(asUnitAdmin("mitte"))).isNull();
        assertThat(unit(asUnitAdmin("mitte"), "pankow")).isNull();
        for (JsonNode unit : asUnitAdmin("mitte").get("/api/v1/streams").json().path("units")) {
            assertThat(unit.path("unit").asString()).isEqualTo("mitte");
        }
    }

    @Test
    void nobodyElseReadsTheMonitor() {
        for (String path : List.of("/api/v1/streams", "/api/v1/consumers", "/api/v1/dead-letters",
                "/api/v1/dead-letters/replays", "/api/v1/outbox-backlogs")) {
            HttpApi.Response anonymous = api.get(path);
            assertThat(anonymous.status()).as(path).isEqualTo(401);
            assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    challenge -> assertThat(challenge).startsWith("Bearer"));
            assertThat(asCitizen("anna").get(path).status()).as(path).isEqualTo(403);
            assertThat(asModerator("pankow").get(path).status()).as(path).isEqualTo(403);
            assertThat(asCentralOffice().get(path).status()).as(path).isEqualTo(200);
        }
        assertThat(api.get("/actuator/prometheus").status()).isEqualTo(401);
    }

    private static JsonNode group(HttpApi caller) {
        for (JsonNode group : caller.get("/api/v1/consumers").json().path("groups")) {
            if (group.path("group").asString().equals(GROUP)) {
                return group;
            }
        }
        return null;
    }

    private static JsonNode unit(HttpApi caller, String unitId) {
        for (JsonNode unit : caller.get("/api/v1/streams").json().path("units")) {
            if (unit.path("unit").asString().equals(unitId)) {
                return unit;
            }
        }
        return null;
    }

    private static JsonNode stream(HttpApi caller) {
        JsonNode unit = unit(caller, "pankow");
        if (unit == null) {
            return null;
        }
        for (JsonNode stream : unit.path("streams")) {
            if (stream.path("stream").asString().equals("ideas")) {
                return stream;
            }
        }
        return null;
    }

    private static void publish(int events) {
        for (int index = 0; index < events; index++) {
            String id = UUID.randomUUID().toString();
            KafkaTestClient.send(TOPIC, id, "{}".getBytes(StandardCharsets.UTF_8), KafkaTestClient.cloudEventHeaders(
                    id, "/units/pankow/ideas-service", "berlin.gemeinsam.idea.published.v1", id, "pankow"));
        }
    }

    /** Joins the group, reads until it has consumed at least {@code expected} new records, commits and leaves. */
    private static void consumeEverythingAs(String group, int expected) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafkaBroker.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<byte[], byte[]> consumer =
                     new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            int consumed = 0;
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            boolean assigned = false;
            while ((consumed < expected || !assigned) && System.nanoTime() < deadline) {
                consumed += consumer.poll(Duration.ofMillis(200)).count();
                assigned = !consumer.assignment().isEmpty();
            }
            // whatever a poll after the last brings: the group has consumed the topic to its end
            consumer.poll(Duration.ofMillis(200));
            consumer.commitSync();
        }
    }
}
