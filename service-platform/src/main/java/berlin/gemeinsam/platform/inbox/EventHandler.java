package berlin.gemeinsam.platform.inbox;

import berlin.gemeinsam.platform.events.EventEnvelope;

/**
 * Applies one event. The effect must be idempotent by construction (keyed by the event or the aggregate, a
 * state transition that is a no-op when already done, a set instead of a counter): the marker that an event
 * was processed is written after the effect, and a crash in between delivers the event again.
 */
@FunctionalInterface
public interface EventHandler<E extends Record> {

    void handle(E event, EventEnvelope envelope);
}
