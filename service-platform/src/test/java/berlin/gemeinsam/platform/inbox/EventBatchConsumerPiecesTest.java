package berlin.gemeinsam.platform.inbox;

import berlin.gemeinsam.events.measures.MeasureProposed;
import berlin.gemeinsam.platform.events.EventEnvelope;
import berlin.gemeinsam.platform.events.EventMetrics;
import berlin.gemeinsam.testsupport.KafkaTestClient;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A poll's events handled in pieces, each remembered when done, without the broker and the store. */
class EventBatchConsumerPiecesTest {

    private static final String TOPIC = "gemeinsam.pankow.measures";

    private final RememberedEvents processed = new RememberedEvents();
    private final Map<String, Integer> effects = new HashMap<>();
    private final List<Integer> pieces = new ArrayList<>();
    private long now;

    @Test
    void aProcessDyingBetweenPiecesResumesAfterTheLastDonePieceAndLosesNothing() {
        Message<List<byte[]>> poll = poll(0, 40);
        EventBatchConsumer<String> dying = consumer(measureIds -> {
            if (measureIds.contains("measure-20") && !effects.containsKey("measure-20")) {
                throw new ProcessDied();
            }
            apply(measureIds);
        });

        assertThatThrownBy(() -> dying.accept(poll)).isInstanceOf(ProcessDied.class);
        assertThat(processed.markers).hasSize(PieceSizes.FIRST);

        consumer(this::apply).accept(poll);

        assertThat(effects).hasSize(40).allSatisfy((measure, times) -> assertThat(times).isEqualTo(1));
        assertThat(processed.markers).hasSize(40);
    }

    @Test
    void piecesGrowWhileTheyAreQuickAndShrinkWhenTheyTakeTooLong() {
        long[] nanosPerEvent = {Duration.ofMillis(5).toNanos()};
        EventBatchConsumer<String> consumer = consumer(measureIds -> {
            now += measureIds.size() * nanosPerEvent[0];
            apply(measureIds);
        });

        consumer.accept(poll(0, 200));
        assertThat(pieces).containsExactly(16, 32, 64, 64, 24);

        pieces.clear();
        nanosPerEvent[0] = Duration.ofMillis(50).toNanos();
        consumer.accept(poll(200, 120));
        assertThat(pieces).containsExactly(64, 32, 16, 8);
        assertThat(effects).hasSize(320);
    }

    @Test
    void aPieceDoesNotEndBetweenTwoEventsOfTheSameSubject() {
        // the first piece would end after event 15; event 16 is about the same measure
        consumer(this::apply).accept(poll(0, 40, Map.of(16, "measure-15")));

        assertThat(pieces.get(0)).isEqualTo(PieceSizes.FIRST + 1);
        assertThat(processed.markers).hasSize(40);
    }

    @Test
    void pieceSizesStayBetweenOneAndTheLargest() {
        PieceSizes sizes = new PieceSizes(Duration.ofSeconds(1));
        for (int i = 0; i < 20; i++) {
            sizes.took(sizes.next(), 0);
        }
        assertThat(sizes.next()).isEqualTo(PieceSizes.LARGEST);
        for (int i = 0; i < 20; i++) {
            sizes.took(sizes.next(), Duration.ofSeconds(5).toNanos());
        }
        assertThat(sizes.next()).isEqualTo(1);
    }

    /**
     * Events about one measure share an outcome here: the second gets only the rest once the first's piece is done,
     * in a later poll or a later piece of the same one, but in full when a crash came before the first's markers;
     * both in one piece are handled in full, and their outcome is not remembered.
     */
    @Test
    void anEventWhoseOutcomeWasAchievedBeforeGetsTheRestOnlyAndOnlyOnceThatIsRemembered() {
        List<String> handled = new ArrayList<>();
        BatchHandler<String> handler = measureIds -> {
            if (measureIds.contains("measure-0") && effects.isEmpty()) {
                effects.put("measure-0", 1);
                throw new ProcessDied();
            }
            handled.addAll(measureIds);
        };

        assertThatThrownBy(() -> sharing(handler).accept(poll(0, 1))).isInstanceOf(ProcessDied.class);
        sharing(handler).accept(poll(0, 1));
        sharing(handler).accept(poll(1, 1, Map.of(1, "measure-0")));
        // the first piece ends before event 16, which is about measure-2 as event 2 is
        sharing(handler).accept(poll(2, 20, Map.of(18, "measure-2")));
        sharing(handler).accept(poll(0, 2, Map.of(1, "measure-0")));
        sharing(handler).accept(poll(22, 2, Map.of(23, "measure-22")));

        assertThat(handled).containsExactlyElementsOf(Stream.of(
                Stream.of("measure-0", "rest of measure-0"),
                IntStream.range(2, 22).mapToObj(i -> i == 18 ? "rest of measure-2" : "measure-" + i),
                Stream.of("measure-22", "measure-22")).flatMap(Function.identity()).toList());
        assertThat(processed.outcomes).hasSize(20);
    }

    private EventBatchConsumer<String> sharing(BatchHandler<String> handler) {
        return consumer(handler).sharing(Optional::of, measureId -> "rest of " + measureId);
    }

    private void apply(List<String> measureIds) {
        pieces.add(measureIds.size());
        measureIds.forEach(measure -> effects.merge(measure, 1, Integer::sum));
    }

    private EventBatchConsumer<String> consumer(BatchHandler<String> handler) {
        return new EventBatchConsumer<>("measureEvents", processed, JsonMapper.builder().build(),
                new EventMetrics(new SimpleMeterRegistry()), handler, new PieceSizes(Duration.ofSeconds(1)),
                () -> now).on(MeasureProposed.class, (measure, envelope) -> measure.measureId());
    }

    /** A poll of {@code events} proposals of measures, numbered from {@code first} on. */
    private static Message<List<byte[]>> poll(int first, int events) {
        return poll(first, events, Map.of());
    }

    /** As {@link #poll(int, int)}, with some events about another event's measure (by their number). */
    private static Message<List<byte[]>> poll(int first, int events, Map<Integer, String> measureOf) {
        List<byte[]> payloads = new ArrayList<>();
        List<Map<String, Object>> headers = new ArrayList<>();
        IntStream.range(first, first + events).forEach(i -> {
            String measureId = measureOf.getOrDefault(i, "measure-" + i);
            payloads.add("""
                    {"measureId":"%s","unit":"pankow","title":"Trinkbrunnen","goal":"Wasser im Sommer",
                     "type":"NETWORK","sourceIdeaId":null,"proposedAt":"2026-11-26T10:00:00Z"}"""
                    .formatted(measureId).getBytes(StandardCharsets.UTF_8));
            headers.add(new HashMap<>(KafkaTestClient.cloudEventHeaders("event-" + i,
                    "/units/pankow/measures-service", "berlin.gemeinsam.measure.proposed.v1", measureId, "pankow")));
        });
        return MessageBuilder.withPayload(payloads)
                .setHeader(KafkaHeaders.BATCH_CONVERTED_HEADERS, headers)
                .setHeader(KafkaHeaders.RECEIVED_TOPIC, IntStream.range(0, events).mapToObj(i -> TOPIC).toList())
                .build();
    }

    /** The process ending in the middle of a poll: no handler catches it. */
    private static final class ProcessDied extends Error {
    }

    /** The markers a crash keeps: those written before it. */
    private static final class RememberedEvents extends ProcessedEvents {

        final Set<String> markers = new HashSet<>();

        RememberedEvents() {
            super(null, Clock.systemUTC());
        }

        final Set<String> outcomes = new HashSet<>();

        @Override
        public Seen seenAmong(String consumer, Collection<EventEnvelope> events, Collection<String> asked) {
            Set<String> handled = new HashSet<>();
            events.stream().map(EventEnvelope::key).filter(markers::contains).forEach(handled::add);
            return new Seen(handled, asked.stream().filter(outcomes::contains).collect(Collectors.toSet()));
        }

        @Override
        public void rememberAll(String consumer, Collection<EventEnvelope> events, Collection<String> achieved) {
            events.forEach(event -> markers.add(event.key()));
            outcomes.addAll(achieved);
        }
    }
}
