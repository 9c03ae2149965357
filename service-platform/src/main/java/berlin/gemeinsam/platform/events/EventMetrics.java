package berlin.gemeinsam.platform.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counters of events published and consumed, by type and owning unit. Each counter is looked up in the registry once
 * and kept: a batch consumer counts every event of a poll, and building the meter's tags for each was a visible part
 * of its time.
 */
public final class EventMetrics {

    private final MeterRegistry registry;
    private final Map<Key, Counter> counters = new ConcurrentHashMap<>();

    public EventMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void published(EventEnvelope event) {
        counter("gemeinsam.events.published", "events acknowledged by the broker", event, "published").increment();
    }

    /** An event consumed; {@code outcome} is handled, duplicate or ignored. */
    public void consumed(EventEnvelope event, String outcome) {
        counter("gemeinsam.events.consumed", "events received from the broker", event, outcome).increment();
    }

    private Counter counter(String name, String description, EventEnvelope event, String outcome) {
        return counters.computeIfAbsent(new Key(name, event.type(), event.unit(), outcome), key ->
                Counter.builder(name)
                        .description(description)
                        .tag("type", key.type())
                        .tag("unit", key.unit())
                        .tag("outcome", key.outcome())
                        .register(registry));
    }

    private record Key(String name, String type, String unit, String outcome) {
    }
}
