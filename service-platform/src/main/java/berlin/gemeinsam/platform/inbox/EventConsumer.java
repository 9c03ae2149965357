package berlin.gemeinsam.platform.inbox;

import berlin.gemeinsam.events.catalog.EventCatalog;
import berlin.gemeinsam.platform.events.CloudEventsKafka;
import berlin.gemeinsam.platform.events.EventEnvelope;
import berlin.gemeinsam.platform.events.EventMetrics;
import berlin.gemeinsam.platform.events.PoisonEventException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * An idempotent consumer for a Spring Cloud Stream functional binding: reads the CloudEvents envelope,
 * checks that the event's unit owns the topic it came from, drops events this consumer has handled before,
 * and hands each event type to its handler. Types without a handler are skipped: a stream carries more types
 * than one consumer needs, and newer versions appear before their consumers learn them.
 *
 * <p>Failures propagate to the binder, which retries with backoff and then moves the message to the
 * consumer's dead-letter topic; {@link PoisonEventException}s go there at once.
 */
public final class EventConsumer implements Consumer<Message<byte[]>> {

    private static final Logger log = LoggerFactory.getLogger(EventConsumer.class);

    private final String name;
    private final ProcessedEvents processed;
    private final JsonMapper json;
    private final EventMetrics metrics;
    private final Map<String, Registration<?>> handlers = new HashMap<>();

    EventConsumer(String name, ProcessedEvents processed, JsonMapper json, EventMetrics metrics) {
        this.name = name;
        this.processed = processed;
        this.json = json;
        this.metrics = metrics;
    }

    /** Keys this consumer's record of processed events; the same as its binding's name. */
    String name() {
        return name;
    }

    public <E extends Record> EventConsumer on(Class<E> eventClass, EventHandler<E> handler) {
        handlers.put(EventCatalog.typeOf(eventClass), new Registration<>(eventClass, handler));
        return this;
    }

    @Override
    public void accept(Message<byte[]> message) {
        EventEnvelope event = CloudEventsKafka.fromMessage(message);
        TopicOwnership.check(message.getHeaders().get(KafkaHeaders.RECEIVED_TOPIC, String.class), event);
        Registration<?> registration = handlers.get(event.type());
        if (registration == null) {
            metrics.consumed(event, "ignored");
            return;
        }
        if (!processed.handledAmong(name, List.of(event)).isEmpty()) {
            log.debug("Dropping duplicate {} for {}", event.key(), name);
            metrics.consumed(event, "duplicate");
            return;
        }
        registration.handle(event);
        processed.rememberAll(name, List.of(event));
        metrics.consumed(event, "handled");
    }

    private final class Registration<E extends Record> {
        private final Class<E> eventClass;
        private final EventHandler<E> handler;

        Registration(Class<E> eventClass, EventHandler<E> handler) {
            this.eventClass = eventClass;
            this.handler = handler;
        }

        void handle(EventEnvelope envelope) {
            handler.handle(EventData.read(json, envelope, eventClass), envelope);
        }
    }
}
