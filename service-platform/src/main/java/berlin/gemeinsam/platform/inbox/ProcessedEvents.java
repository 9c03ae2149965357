package berlin.gemeinsam.platform.inbox;

import berlin.gemeinsam.platform.events.EventEnvelope;
import berlin.gemeinsam.platform.store.IdempotentInserts;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which events a consumer has handled, by CloudEvents source and id, and which outcomes that several events share
 * their handling has achieved ({@link EventBatchConsumer#sharing}).
 */
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
        return seenAmong(consumer, events, List.of()).events();
    }

    /**
     * Those of the events this consumer has handled (their keys) and those of the outcomes it has achieved, in the
     * one query by id of {@link #handledAmong}.
     */
    public Seen seenAmong(String consumer, Collection<EventEnvelope> events, Collection<String> outcomes) {
        Map<String, String> eventKeyByMarker = new HashMap<>();
        events.forEach(event -> eventKeyByMarker.put(key(consumer, event), event.key()));
        Map<String, String> outcomeByMarker = new HashMap<>();
        outcomes.forEach(outcome -> outcomeByMarker.put(outcomeKey(consumer, outcome), outcome));
        List<String> markers = new ArrayList<>(eventKeyByMarker.keySet());
        markers.addAll(outcomeByMarker.keySet());
        Query byIds = Query.query(Criteria.where("_id").in(markers));
        byIds.fields().include("_id");
        Set<String> handled = new HashSet<>();
        Set<String> achieved = new HashSet<>();
        for (Document marker : mongo.find(byIds, Document.class, COLLECTION)) {
            String id = marker.getString("_id");
            if (eventKeyByMarker.containsKey(id)) {
                handled.add(eventKeyByMarker.get(id));
            } else if (outcomeByMarker.containsKey(id)) {
                achieved.add(outcomeByMarker.get(id));
            }
        }
        return new Seen(handled, achieved);
    }

    /**
     * Remembers the events in one unordered bulk insert; markers that exist already are kept (a redelivery raced
     * with the first delivery: both effects were idempotent, one marker is enough).
     */
    public void rememberAll(String consumer, Collection<EventEnvelope> events) {
        rememberAll(consumer, events, List.of());
    }

    /** Remembers the events and the outcomes their handling achieved, in the one bulk insert of the events'. */
    public void rememberAll(String consumer, Collection<EventEnvelope> events, Collection<String> outcomes) {
        List<Document> markers = new ArrayList<>(events.size() + outcomes.size());
        events.forEach(event -> markers.add(marker(consumer, event)));
        outcomes.forEach(outcome -> markers.add(new Document("_id", outcomeKey(consumer, outcome))
                .append("consumer", consumer)
                .append("outcome", outcome)
                .append("processedAt", Date.from(clock.instant()))));
        IdempotentInserts.insertMissing(mongo, COLLECTION, markers);
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

    /** Apart from the events' markers, whose keys go on with the event's source, a path. */
    private static String outcomeKey(String consumer, String outcome) {
        return consumer + "|outcome|" + outcome;
    }

    /**
     * What a consumer has seen before of a poll.
     *
     * @param events   the keys of the events it has handled
     * @param outcomes the outcomes it has achieved
     */
    public record Seen(Set<String> events, Set<String> outcomes) {
    }
}
