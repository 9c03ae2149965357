package berlin.gemeinsam.platform.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** Counters of events published and consumed, by type and owning unit. */
public final class EventMetrics {

    private final MeterRegistry registry;

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
        return Counter.builder(name)
                .description(description)
                .tag("type", event.type())
                .tag("unit", event.unit())
                .tag("outcome", outcome)
                .register(registry);
    }
}
