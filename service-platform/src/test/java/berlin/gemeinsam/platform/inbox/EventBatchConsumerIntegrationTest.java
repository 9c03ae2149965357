package berlin.gemeinsam.platform.inbox;

import berlin.gemeinsam.platform.testapp.Consumers;
import berlin.gemeinsam.platform.testapp.ForeignEvents;
import berlin.gemeinsam.platform.testapp.HandledEvents;
import berlin.gemeinsam.platform.testapp.InjectedFailures;
import berlin.gemeinsam.platform.testapp.PlatformIntegrationTest;
import berlin.gemeinsam.testsupport.KafkaTestClient;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

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
