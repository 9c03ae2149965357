package berlin.gemeinsam.platform.outbox;

import berlin.gemeinsam.platform.events.EventEnvelope;
import org.bson.Document;

import java.nio.charset.StandardCharsets;

/** Field names of an event waiting in an aggregate's outbox, and its reading back as an envelope. */
final class PendingEvent {

    static final String ID = "id";
    static final String SOURCE = "source";
    static final String TYPE = "type";
    static final String SUBJECT = "subject";
    static final String TIME = "time";
    static final String DATASCHEMA = "dataschema";
    static final String UNIT = "unit";
    static final String TOPIC = "topic";
    static final String DATA = "data";
    static final String SEQUENCE = "sequence";

    private PendingEvent() {
    }

    static EventEnvelope envelope(Document entry) {
        return new EventEnvelope(
                entry.getString(ID),
                entry.getString(SOURCE),
                entry.getString(TYPE),
                entry.getString(SUBJECT),
                entry.getDate(TIME).toInstant(),
                entry.getString(DATASCHEMA),
                entry.getString(UNIT),
                entry.getString(DATA).getBytes(StandardCharsets.UTF_8),
                entry.getString(SEQUENCE));
    }

    static String topic(Document entry) {
        return entry.getString(TOPIC);
    }
}
