package berlin.gemeinsam.platform.inbox;

import berlin.gemeinsam.platform.events.EventEnvelope;
import berlin.gemeinsam.platform.events.PoisonEventException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The event record an envelope carries; data that is no valid record of its type is poison, never retried. */
final class EventData {

    private EventData() {
    }

    static <E extends Record> E read(JsonMapper json, EventEnvelope envelope, Class<E> eventClass) {
        try {
            return json.readValue(envelope.data(), eventClass);
        } catch (JacksonException e) {
            throw new PoisonEventException("data of " + envelope.key() + " is not a valid " + envelope.type(), e);
        }
    }
}
