package berlin.gemeinsam.platform.inbox;

import berlin.gemeinsam.events.EventStream;
import berlin.gemeinsam.platform.events.EventEnvelope;
import berlin.gemeinsam.platform.events.PoisonEventException;

/** A unit writes only its own topics: an event of another unit on them is poison, whoever wrote it. */
final class TopicOwnership {

    private TopicOwnership() {
    }

    static void check(String topic, EventEnvelope event) {
        String topicUnit = topic == null ? null : EventStream.unitOfTopic(topic);
        if (topicUnit != null && !topicUnit.equals(event.unit())) {
            throw new PoisonEventException("event " + event.key() + " of unit " + event.unit()
                    + " arrived on topic " + topic + " of unit " + topicUnit);
        }
    }
}
