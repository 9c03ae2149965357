package berlin.gemeinsam.platform.inbox;

import berlin.gemeinsam.platform.testapp.Consumers;
import berlin.gemeinsam.platform.testapp.ForeignEvents;
import berlin.gemeinsam.platform.testapp.HandledEvents;
import berlin.gemeinsam.platform.testapp.InjectedFailures;
import berlin.gemeinsam.platform.testapp.PlatformIntegrationTest;
import berlin.gemeinsam.platform.units.OwningUnit;
import berlin.gemeinsam.testsupport.KafkaTestClient;
import berlin.gemeinsam.testsupport.SharedKafkaBroker;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static berlin.gemeinsam.platform.inbox.DeadLetterAssertions.assertFailureHeaders;
import static berlin.gemeinsam.platform.inbox.DeadLetterAssertions.deadLettersOf;
import static berlin.gemeinsam.platform.inbox.DeadLetterAssertions.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@link EventBatchConsumer} bound like a service's batch consumer: a whole poll at once. All events of a test
 * share a record key, so they are on one partition, in the order they were sent, and mostly in one poll.
 */
@PlatformIntegrationTest
class EventBatchConsumerIntegrationTest {

    private static final String PANKOW_MEASURES = "gemeinsam.pankow.measures";
    private static final Duration DELIVERY = Duration.ofSeconds(30);

    @Autowired
    HandledEvents handled;

    @Autowired
    InjectedFailures failures;

    @Autowired
    OwningUnit owner;

    private static String newId() {
        return UUID.randomUUID().toString();
    }

    private void awaitHandled(String measureId) {
        await().atMost(DELIVERY).until(() -> handled.count(Consumers.MEASURES, measureId) > 0);
    }

    private long timesHandled(String measureId) {
        return handled.count(Consumers.MEASURES, measureId);
    }

    @Test
    void anEventDeliveredAgainInTheSameBatchOrALaterOneIsHandledOnce() {
        String key = newId();
        String eventId = newId();
        String measureId = newId();
        String later = newId();

        ForeignEvents.measureProposed(PANKOW_MEASURES, key, eventId, "pankow", measureId);
        ForeignEvents.measureProposed(PANKOW_MEASURES, key, eventId, "pankow", measureId);
        awaitHandled(measureId);
        ForeignEvents.measureProposed(PANKOW_MEASURES, key, eventId, "pankow", measureId);
        ForeignEvents.measureProposed(PANKOW_MEASURES, key, newId(), "pankow", later);
        awaitHandled(later);

        assertThat(timesHandled(measureId)).isEqualTo(1);
        assertThat(timesHandled(later)).isEqualTo(1);
    }

    /**
     * The containers do not wait for their offset commits ({@link AsyncOffsetCommits}); the commits must land all the
     * same, or a restart would deliver everything since the last one again.
     */
    @Test
    void theOffsetsOfHandledEventsAreCommitted() throws Exception {
        String measureId = newId();

        ForeignEvents.measureProposed(PANKOW_MEASURES, newId(), newId(), "pankow", measureId);
        awaitHandled(measureId);

        String group = owner.id() + "." + owner.service();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedKafkaBroker.bootstrapServers()))) {
            int partitions = admin.describeTopics(List.of(PANKOW_MEASURES)).allTopicNames().get()
                    .get(PANKOW_MEASURES).partitions().size();
            Map<TopicPartition, OffsetSpec> ends = IntStream.range(0, partitions)
                    .mapToObj(partition -> new TopicPartition(PANKOW_MEASURES, partition))
                    .collect(Collectors.toMap(Function.identity(), partition -> OffsetSpec.latest()));
            Map<TopicPartition, Long> endOffsets = admin.listOffsets(ends).all().get().entrySet().stream()
                    .filter(end -> end.getValue().offset() > 0)
                    .collect(Collectors.toMap(Map.Entry::getKey, end -> end.getValue().offset()));
            await().atMost(DELIVERY).untilAsserted(() ->
                    assertThat(committed(admin, group, endOffsets.keySet())).isEqualTo(endOffsets));
        }
    }

    private static Map<TopicPartition, Long> committed(Admin admin, String group, Set<TopicPartition> partitions)
            throws InterruptedException, ExecutionException {
        Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get();
        return partitions.stream().filter(partition -> offsets.get(partition) != null)
                .collect(Collectors.toMap(Function.identity(), partition -> offsets.get(partition).offset()));
    }

    @Test
    void poisonAnotherUnitsEventUnreadableDataAndAFailingHandlerGoToTheDeadLettersAndTheEventsAroundThemAreHandledOnce() {
        String key = newId();
        String before = newId();
        String impostor = newId();
        String unreadable = newId();
        String failing = newId();
        String after = newId();
        failures.failAlways(failing);

        ForeignEvents.measureProposed(PANKOW_MEASURES, key, newId(), "pankow", before);
        ForeignEvents.poison(PANKOW_MEASURES, key);
        // a mitte event on pankow's topic: pankow may not speak for mitte
        ForeignEvents.measureProposed(PANKOW_MEASURES, key, newId(), "mitte", impostor);
        ForeignEvents.send(PANKOW_MEASURES, key, newId(), "measures-service", ForeignEvents.MEASURE_PROPOSED,
                "pankow", unreadable, "{\"measureId\":");
        ForeignEvents.measureProposed(PANKOW_MEASURES, key, newId(), "pankow", failing);
        ForeignEvents.measureProposed(PANKOW_MEASURES, key, newId(), "pankow", after);
        awaitHandled(after);

        List<ConsumerRecord<String, String>> deadLetters = deadLettersOf(key, 4);
        assertThat(deadLetters).extracting(record -> KafkaTestClient.header(record, "ce_subject"))
                .containsExactly(null, impostor, unreadable, failing);
        deadLetters.forEach(deadLetter -> assertFailureHeaders(deadLetter, PANKOW_MEASURES));
        assertThat(failure(deadLetters.get(0))).contains("missing CloudEvents header");
        assertThat(failure(deadLetters.get(1))).contains("of unit mitte arrived on topic");
        assertThat(failure(deadLetters.get(2))).contains("is not a valid");
        assertThat(failure(deadLetters.get(3))).contains(failing);
        assertThat(timesHandled(before)).isEqualTo(1);
        assertThat(timesHandled(failing)).isZero();
        assertThat(timesHandled(after)).isEqualTo(1);
    }

    @Test
    void aBatchWhoseHandlerFailsTwiceIsRetriedAndEachOfItsEventsHandledOnceWithoutADeadLetter() {
        String key = newId();
        String first = newId();
        String flaky = newId();
        failures.failTimes(flaky, 2);

        ForeignEvents.measureProposed(PANKOW_MEASURES, key, newId(), "pankow", first);
        ForeignEvents.measureProposed(PANKOW_MEASURES, key, newId(), "pankow", flaky);
        // on the same partition after them: their dead letters would come first
        ForeignEvents.poison(PANKOW_MEASURES, key);
        awaitHandled(flaky);

        assertThat(deadLettersOf(key, 1)).singleElement()
                .satisfies(deadLetter -> assertThat(deadLetter.value()).isEqualTo("kein Event"));
        assertThat(timesHandled(first)).isEqualTo(1);
        assertThat(timesHandled(flaky)).isEqualTo(1);
    }
}
