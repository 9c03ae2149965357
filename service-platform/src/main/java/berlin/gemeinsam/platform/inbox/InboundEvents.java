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
}
