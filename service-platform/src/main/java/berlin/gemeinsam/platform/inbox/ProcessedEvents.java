package berlin.gemeinsam.platform.inbox;

import berlin.gemeinsam.platform.events.EventEnvelope;
import berlin.gemeinsam.platform.store.IdempotentInserts;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Clock;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Which events a consumer has handled, by CloudEvents source and id. */
public class ProcessedEvents {

    public static final String COLLECTION = "processed_events";

    private final MongoTemplate mongo;
    private final Clock clock;

    public ProcessedEvents(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * The keys ({@link EventEnvelope#key()}) of those of the events this consumer has handled, in one query by id.
     * Not with a count: the embedded store runs counts as an aggregation reading the whole collection (seen in the
     * benchmark's profile), while a find by id uses the id index in every store.
     */
    public Set<String> handledAmong(String consumer, Collection<EventEnvelope> events) {
        Map<String, String> eventKeyByMarker = new HashMap<>();
        events.forEach(event -> eventKeyByMarker.put(key(consumer, event), event.key()));
        Query byIds = Query.query(Criteria.where("_id").in(eventKeyByMarker.keySet()));
        byIds.fields().include("_id");
        Set<String> handled = new HashSet<>();
        for (Document marker : mongo.find(byIds, Document.class, COLLECTION)) {
            handled.add(eventKeyByMarker.get(marker.getString("_id")));
        }
        return handled;
    }

    /**
     * Remembers the events in one unordered bulk insert; markers that exist already are kept (a redelivery raced
     * with the first delivery: both effects were idempotent, one marker is enough).
     */
    public void rememberAll(String consumer, Collection<EventEnvelope> events) {
        IdempotentInserts.insertMissing(mongo, COLLECTION, events.stream().map(event -> marker(consumer, event)).toList());
    }

    private Document marker(String consumer, EventEnvelope event) {
        return new Document("_id", key(consumer, event))
                .append("consumer", consumer)
                .append("event", event.key())
                .append("type", event.type())
                .append("processedAt", Date.from(clock.instant()));
    }

    /**
     * By consumer and the event's identity alone: not by its time as well, which would put new markers next to
     * each other in the index ({@code TimeOrderedIds}), because a producer that sends an event again need not send
     * the same time, and the event would be handled twice.
     */
    private static String key(String consumer, EventEnvelope event) {
        return consumer + "|" + event.key();
    }
}
