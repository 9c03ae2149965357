package berlin.gemeinsam.platform.inbox;

import berlin.gemeinsam.platform.events.EventMetrics;
import tools.jackson.databind.json.JsonMapper;

/** Creates the idempotent consumers that services expose as Spring Cloud Stream functions. */
public class InboundEvents {

    private final ProcessedEvents processed;
    private final JsonMapper json;
    private final EventMetrics metrics;

    public InboundEvents(ProcessedEvents processed, JsonMapper json, EventMetrics metrics) {
        this.processed = processed;
        this.json = json;
        this.metrics = metrics;
    }

    /**
     * A consumer; {@code name} keeps its record of processed events apart from other consumers of the same
     * service, so two consumers may both handle one event.
     */
    public EventConsumer consumer(String name) {
        return new EventConsumer(name, processed, json, metrics);
    }

    /**
     * A consumer of whole batches (the binding needs {@code consumer.batch-mode: true}), for handlers that do the
     * work of many events in a few store round trips; {@code name} as for {@link #consumer}.
     */
    public <T> EventBatchConsumer<T> batchConsumer(String name, BatchHandler<T> handler) {
        return new EventBatchConsumer<>(name, processed, json, metrics, handler);
    }
}
