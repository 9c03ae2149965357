package berlin.gemeinsam.platform.inbox;

import berlin.gemeinsam.events.catalog.EventCatalog;
import berlin.gemeinsam.platform.events.CloudEventsKafka;
import berlin.gemeinsam.platform.events.EventEnvelope;
import berlin.gemeinsam.platform.events.EventMetrics;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;

/**
 * An idempotent consumer of everything one poll of the broker brought (the binding's {@code batch-mode}), for
 * consumers whose work per event is a few store round trips that can be shared: which events were processed
 * before is asked once per batch, the handler gets many new events at once, and their markers are written in one
 * bulk insert per piece (below). The checks are those of {@link EventConsumer}: the event's unit must own its topic, types without a
 * reader are skipped, events processed before are dropped.
 *
 * <p>The new events go to the handler in pieces that take about a second each ({@link PieceSizes}), and each
 * piece's markers are written as soon as it is done: a poll whose events fan out to many followers shows its first
 * events handled after a second, not after the whole poll, and a redelivery of the poll (after a crash or a
 * rebalance) skips the pieces done before instead of doing them again.
 *
 * <p>A failure names the record that caused it ({@link BatchListenerFailedException}), so the error handler
 * commits the records before it, retries from it, and sends only it to the dead letters, as it does for
 * {@link EventConsumer}. Which record fails the handler is found by handling the piece's events one at a time
 * after the piece as a whole failed; that repeats effects, which are idempotent.
 *
 * @param <T> what the handler reads from each event
 */
public final class EventBatchConsumer<T> implements Consumer<Message<List<byte[]>>> {

    /** About how long the handler works on one piece of a poll's events before their markers are written. */
    static final Duration PIECE_TIME = Duration.ofSeconds(1);

    private final String name;
    private final ProcessedEvents processed;
    private final JsonMapper json;
    private final EventMetrics metrics;
    private final BatchHandler<T> handler;
    private final PieceSizes pieceSizes;
    private final LongSupplier nanoTime;
    private final Map<String, Reader<?>> readers = new HashMap<>();
    private Function<T, Optional<String>> outcomeOf = value -> Optional.empty();
    private UnaryOperator<T> restOf = UnaryOperator.identity();

    EventBatchConsumer(String name, ProcessedEvents processed, JsonMapper json, EventMetrics metrics,
                       BatchHandler<T> handler) {
        this(name, processed, json, metrics, handler, new PieceSizes(PIECE_TIME), System::nanoTime);
    }

    EventBatchConsumer(String name, ProcessedEvents processed, JsonMapper json, EventMetrics metrics,
                       BatchHandler<T> handler, PieceSizes pieceSizes, LongSupplier nanoTime) {
        this.name = name;
        this.processed = processed;
        this.json = json;
        this.metrics = metrics;
        this.handler = handler;
        this.pieceSizes = pieceSizes;
        this.nanoTime = nanoTime;
    }

    /** Handles events of this type, read into what the handler takes. */
    public <E extends Record> EventBatchConsumer<T> on(Class<E> eventClass, BiFunction<E, EventEnvelope, T> reading) {
        readers.put(EventCatalog.typeOf(eventClass), new Reader<>(eventClass, reading));
        return this;
    }

    /**
     * For pairs of events whose handling achieves the same (v1 and v2 of one publication tell the same followers):
     * {@code outcomeOf} names what an event's handling achieves, if another event may achieve it too, and an event
     * whose outcome was achieved before, in an earlier poll or an earlier piece of this one, reaches the handler as
     * {@code restOf} makes it, with only what it adds. The outcome is remembered with the markers of the piece that
     * achieved it, after the handler finished: a crash before leaves it unremembered, and the other event is handled
     * in full, as is one that comes first or alone. When both events of a pair come in one piece they are both
     * handled in full (the handler's effects are idempotent) and nothing is remembered, as no later event needs it;
     * likewise a poll holding both does not ask for their outcome. Asked for in the poll's one query of its markers,
     * remembered in the piece's one insert of them.
     */
    public EventBatchConsumer<T> sharing(Function<T, Optional<String>> outcomeOf, UnaryOperator<T> restOf) {
        this.outcomeOf = outcomeOf;
        this.restOf = restOf;
        return this;
    }

    /** Keys this consumer's record of processed events; the same as its binding's name. */
    String name() {
        return name;
    }

    @Override
    public void accept(Message<List<byte[]>> batch) {
        List<byte[]> payloads = batch.getPayload();
        List<Map<String, Object>> headers = listHeader(batch, KafkaHeaders.BATCH_CONVERTED_HEADERS);
        List<String> topics = listHeader(batch, KafkaHeaders.RECEIVED_TOPIC);
        List<Item<T>> items = new ArrayList<>(payloads.size());
        for (int index = 0; index < payloads.size(); index++) {
            Item<T> item;
            try {
                item = read(index, payloads.get(index), headers.get(index), topics.get(index));
            } catch (RuntimeException unreadable) {
                handle(items);
                throw new BatchListenerFailedException(unreadable.getMessage(), unreadable, index);
            }
            if (item != null) {
                items.add(item);
            }
        }
        handle(items);
    }

    @SuppressWarnings("unchecked")
    private static <V> List<V> listHeader(Message<List<byte[]>> batch, String name) {
        Object value = batch.getHeaders().get(name);
        if (!(value instanceof List<?> list) || list.size() != batch.getPayload().size()) {
            throw new IllegalStateException("A batch without one " + name + " per record; is the binding's "
                    + "consumer.batch-mode on?");
        }
        return (List<V>) list;
    }

    /** The record as the handler takes it, or null when no reader wants its type. */
    private Item<T> read(int index, byte[] payload, Map<String, Object> headers, String topic) {
        EventEnvelope event = CloudEventsKafka.fromRecord(headers, payload);
        TopicOwnership.check(topic, event);
        Reader<?> reader = readers.get(event.type());
        if (reader == null) {
            metrics.consumed(event, "ignored");
            return null;
        }
        T value = reader.read(event);
        return new Item<>(index, event, value, outcomeOf.apply(value));
    }

    private void handle(List<Item<T>> items) {
        if (items.isEmpty()) {
            return;
        }
        ProcessedEvents.Seen seen = processed.seenAmong(name, items.stream().map(Item::event).toList(),
                outcomesOfOne(items));
        Map<String, Item<T>> fresh = new LinkedHashMap<>();
        for (Item<T> item : items) {
            if (seen.events().contains(item.event().key()) || fresh.putIfAbsent(item.event().key(), item) != null) {
                metrics.consumed(item.event(), "duplicate");
            }
        }
        if (fresh.isEmpty()) {
            return;
        }
        List<Item<T>> news = List.copyOf(fresh.values());
        Set<String> achieved = new HashSet<>(seen.outcomes());
        int from = 0;
        while (from < news.size()) {
            List<Item<T>> piece = news.subList(from, endOfPiece(news, from));
            long started = nanoTime.getAsLong();
            handlePiece(piece, achieved);
            pieceSizes.took(piece.size(), nanoTime.getAsLong() - started);
            from += piece.size();
        }
    }

    /**
     * Where the piece starting at {@code from} ends: after the size {@link PieceSizes} asks for, and never between
     * two events of the same subject, so that what is sent together about one thing (v1 and v2 of a publication) is
     * told together and the richer of them wins.
     */
    private int endOfPiece(List<Item<T>> news, int from) {
        int end = Math.min(news.size(), from + pieceSizes.next());
        while (end < news.size() && news.get(end - 1).event().subject() != null
                && news.get(end - 1).event().subject().equals(news.get(end).event().subject())) {
            end++;
        }
        return end;
    }

    /** Handles the piece, remembers it and adds the outcomes it achieved to {@code achieved}. */
    private void handlePiece(List<Item<T>> piece, Set<String> achieved) {
        List<Item<T>> rest = piece.stream().map(item -> item.restIf(achieved, restOf)).toList();
        try {
            handler.handle(rest.stream().map(Item::value).toList());
        } catch (RuntimeException together) {
            handleOneByOne(rest, achieved);
        }
        remember(piece, achieved);
    }

    private void handleOneByOne(List<Item<T>> items, Set<String> achieved) {
        for (int i = 0; i < items.size(); i++) {
            Item<T> item = items.get(i);
            try {
                handler.handle(List.of(item.value()));
            } catch (RuntimeException failure) {
                remember(items.subList(0, i), achieved);
                throw new BatchListenerFailedException("handling " + item.event().key() + " failed", failure,
                        item.index());
            }
        }
    }

    /** Writes the markers of the handled events and of the outcomes they achieved first. */
    private void remember(List<Item<T>> handled, Set<String> achieved) {
        List<String> outcomes = outcomesOfOne(handled).stream().filter(outcome -> !achieved.contains(outcome))
                .toList();
        processed.rememberAll(name, handled.stream().map(Item::event).toList(), outcomes);
        achieved.addAll(outcomes);
        handled.forEach(done -> metrics.consumed(done.event(), "handled"));
    }

    /** The outcomes of which the items hold one event only: the other of its pair may come later. */
    private static <T> List<String> outcomesOfOne(List<Item<T>> items) {
        Map<String, Integer> events = new LinkedHashMap<>();
        items.forEach(item -> item.outcome().ifPresent(outcome -> events.merge(outcome, 1, Integer::sum)));
        return events.entrySet().stream().filter(outcome -> outcome.getValue() == 1).map(Map.Entry::getKey).toList();
    }

    private record Item<T>(int index, EventEnvelope event, T value, Optional<String> outcome) {

        /** As the handler gets it: with only what it adds when its outcome was achieved before. */
        Item<T> restIf(Set<String> achieved, UnaryOperator<T> restOf) {
            return outcome.filter(achieved::contains).isPresent()
                    ? new Item<>(index, event, restOf.apply(value), outcome) : this;
        }
    }

    private final class Reader<E extends Record> {
        private final Class<E> eventClass;
        private final BiFunction<E, EventEnvelope, T> reading;

        Reader(Class<E> eventClass, BiFunction<E, EventEnvelope, T> reading) {
            this.eventClass = eventClass;
            this.reading = reading;
        }

        T read(EventEnvelope envelope) {
            return reading.apply(EventData.read(json, envelope, eventClass), envelope);
        }
    }
}
