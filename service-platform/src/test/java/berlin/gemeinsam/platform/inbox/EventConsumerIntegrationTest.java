package berlin.gemeinsam.platform.inbox;

import berlin.gemeinsam.platform.testapp.Consumers;
import berlin.gemeinsam.platform.testapp.ForeignEvents;
import berlin.gemeinsam.platform.testapp.HandledEvents;
import berlin.gemeinsam.platform.testapp.InjectedFailures;
import berlin.gemeinsam.platform.testapp.PlatformIntegrationTest;
import berlin.gemeinsam.testsupport.KafkaTestClient;
import io.micrometer.core.instrument.MeterRegistry;
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
 * {@link EventConsumer} bound like a service's consumer, event by event. All events of a test share a record key,
 * so they are on one partition and handled in the order they were sent.
 */
@PlatformIntegrationTest
class EventConsumerIntegrationTest {

    private static final String PANKOW_PARTICIPATION = "gemeinsam.pankow.participation";
    private static final Duration DELIVERY = Duration.ofSeconds(30);

    @Autowired
    HandledEvents handled;

    @Autowired
    InjectedFailures failures;

    @Autowired
    MeterRegistry registry;

    private static String newId() {
        return UUID.randomUUID().toString();
    }

    private void awaitHandled(String supportId) {
        await().atMost(DELIVERY).until(() -> handled.count(Consumers.SUPPORTS, supportId) > 0);
    }

    @Test
    void anEventDeliveredAgainIsHandledOnceAndTypesWithoutAHandlerAreSkipped() {
        String key = newId();
        String eventId = newId();
        String supportId = newId();
        String later = newId();
        String withdrawn = "berlin.gemeinsam.support.withdrawn.v1";

        ForeignEvents.supportGiven(PANKOW_PARTICIPATION, key, eventId, "pankow", supportId);
        // the same event again, as after a rebalance: dropped by its source and id
        ForeignEvents.supportGiven(PANKOW_PARTICIPATION, key, eventId, "pankow", supportId);
        ForeignEvents.send(PANKOW_PARTICIPATION, key, newId(), "participation-service", withdrawn, "pankow",
                supportId, "{\"supportId\":\"" + supportId + "\"}");
        ForeignEvents.supportGiven(PANKOW_PARTICIPATION, key, newId(), "pankow", later);
        awaitHandled(later);

        assertThat(handled.count(Consumers.SUPPORTS, supportId)).isEqualTo(1);
        assertThat(handled.count(Consumers.SUPPORTS, later)).isEqualTo(1);
        assertThat(registry.get("gemeinsam.events.consumed").tags("type", withdrawn, "outcome", "ignored")
                .counter().count()).isEqualTo(1);
        assertThat(registry.get("gemeinsam.events.consumed").tags("type", ForeignEvents.SUPPORT_GIVEN,
                "outcome", "duplicate").counter().count()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void poisonAnotherUnitsEventUnreadableDataAndAFailingHandlerGoToTheDeadLettersAndTheNextEventIsHandled() {
        String key = newId();
        String impostor = newId();
        String unreadable = newId();
        String failing = newId();
        String next = newId();
        failures.failAlways(failing);

        ForeignEvents.poison(PANKOW_PARTICIPATION, key);
        // a mitte event on pankow's topic: pankow may not speak for mitte
        ForeignEvents.supportGiven(PANKOW_PARTICIPATION, key, newId(), "mitte", impostor);
        ForeignEvents.send(PANKOW_PARTICIPATION, key, newId(), "participation-service", ForeignEvents.SUPPORT_GIVEN,
                "pankow", unreadable, "{\"supportId\":");
        ForeignEvents.supportGiven(PANKOW_PARTICIPATION, key, newId(), "pankow", failing);
        ForeignEvents.supportGiven(PANKOW_PARTICIPATION, key, newId(), "pankow", next);
        awaitHandled(next);

        List<ConsumerRecord<String, String>> deadLetters = deadLettersOf(key, 4);
        assertThat(deadLetters).extracting(record -> KafkaTestClient.header(record, "ce_subject"))
                .containsExactly(null, impostor, unreadable, failing);
        deadLetters.forEach(deadLetter -> assertFailureHeaders(deadLetter, PANKOW_PARTICIPATION));
        assertThat(deadLetters.get(0).value()).isEqualTo("kein Event");
        assertThat(failure(deadLetters.get(0))).contains("PoisonEventException", "missing CloudEvents header");
        assertThat(failure(deadLetters.get(1))).contains("PoisonEventException", "of unit mitte arrived on topic");
        assertThat(failure(deadLetters.get(2))).contains("PoisonEventException", "is not a valid");
        assertThat(failure(deadLetters.get(3))).contains("injected failure for " + failing);
        // the failing handler was tried once and retried three times; unreadable data never reached it
        assertThat(failures.attempts(failing)).isEqualTo(4);
        assertThat(failures.attempts(unreadable)).isZero();
        assertThat(handled.count(Consumers.SUPPORTS, failing)).isZero();
        assertThat(handled.count(Consumers.SUPPORTS, next)).isEqualTo(1);
    }

    @Test
    void anEventWhoseHandlerFailsTwiceIsRetriedAndHandledOnceWithoutADeadLetter() {
        String key = newId();
        String flaky = newId();
        failures.failTimes(flaky, 2);

        ForeignEvents.supportGiven(PANKOW_PARTICIPATION, key, newId(), "pankow", flaky);
        // on the same partition after it: its dead letter would come first
        ForeignEvents.poison(PANKOW_PARTICIPATION, key);
        awaitHandled(flaky);

        assertThat(deadLettersOf(key, 1)).singleElement()
                .satisfies(deadLetter -> assertThat(deadLetter.value()).isEqualTo("kein Event"));
        assertThat(failures.attempts(flaky)).isEqualTo(3);
        assertThat(handled.count(Consumers.SUPPORTS, flaky)).isEqualTo(1);
    }
}
