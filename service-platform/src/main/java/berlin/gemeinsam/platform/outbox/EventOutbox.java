package berlin.gemeinsam.platform.outbox;

import berlin.gemeinsam.events.catalog.EventCatalog;
import berlin.gemeinsam.platform.events.EventSequence;
import berlin.gemeinsam.platform.ids.TimeOrderedIds;
import berlin.gemeinsam.platform.units.OwningUnit;
import org.bson.Document;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mapping.PersistentProperty;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Reliable publishing without multi-document transactions: an aggregate's new state and the events the
 * change causes are written in one atomic update of the aggregate's document, the events into its
 * {@code outbox} array. The {@link OutboxRelay} publishes them and removes each once the broker acknowledged
 * it, so a process that dies in between loses nothing: the relay finds the events again after a restart.
 *
 * <p>Aggregates are plain classes mapped by Spring Data with an {@code id} and a {@code long version} field.
 * An update matches the version the aggregate was read at and increments it (optimistic locking); it sets the
 * state fields and appends to the outbox, so it never overwrites events the relay has not yet removed.
 */
public class EventOutbox {

    static final String OUTBOX = "outbox";
    private static final String ID = "_id";
    static final String VERSION = "version";

    private final MongoTemplate mongo;
    private final OwningUnit owner;
    private final JsonMapper json;
    private final OutboxRelay relay;
    private final Clock clock;

    public EventOutbox(MongoTemplate mongo, OwningUnit owner, JsonMapper json, OutboxRelay relay, Clock clock) {
        this.mongo = mongo;
        this.owner = owner;
        this.json = json;
        this.relay = relay;
        this.clock = clock;
    }

    /**
     * Stores a new aggregate together with the events its creation causes.
     *
     * @throws org.springframework.dao.DuplicateKeyException when an aggregate with this id exists already
     */
    public void insert(Object aggregate, List<? extends Record> events) {
        String collection = collectionOf(aggregate.getClass());
        Document document = toDocument(aggregate);
        Object version = document.get(VERSION);
        document.put(OUTBOX, entries(document.get(ID), version == null ? 0 : ((Number) version).longValue(), events));
        mongo.insert(document, collection);
        if (!events.isEmpty()) {
            relay.nudge(collection, document.get(ID));
        }
    }

    /**
     * Stores the changed state of an aggregate read at {@code version} together with the events the change
     * causes.
     *
     * @throws OptimisticLockingFailureException when somebody else changed the aggregate since it was read
     */
    public void update(Object aggregate, List<? extends Record> events) {
        write(aggregate, events);
    }

    /**
     * Like {@link #update}, and answers the aggregate as this change stored it, at its new version, without reading
     * it back: what a read right after the write answers unless somebody changed it in between.
     *
     * @throws OptimisticLockingFailureException when somebody else changed the aggregate since it was read
     */
    @SuppressWarnings("unchecked")
    public <T> T updateAndGet(T aggregate, List<? extends Record> events) {
        Document stored = write(aggregate, events);
        return (T) mongo.getConverter().read(aggregate.getClass(), stored);
    }

    /** Writes the change and answers the aggregate's document as stored, without its outbox. */
    private Document write(Object aggregate, List<? extends Record> events) {
        Class<?> type = aggregate.getClass();
        String collection = collectionOf(type);
        Document document = toDocument(aggregate);
        Object id = document.get(ID);
        long readVersion = ((Number) document.get(VERSION)).longValue();

        Update update = new Update();
        document.forEach((field, value) -> {
            if (!ID.equals(field) && !VERSION.equals(field) && !OUTBOX.equals(field)) {
                update.set(field, value);
            }
        });
        MongoPersistentEntity<?> entity = mongo.getConverter().getMappingContext().getRequiredPersistentEntity(type);
        for (PersistentProperty<?> property : entity) {
            String field = ((org.springframework.data.mongodb.core.mapping.MongoPersistentProperty) property).getFieldName();
            if (!document.containsKey(field)) {
                update.unset(field);
            }
        }
        update.set(VERSION, readVersion + 1);
        if (!events.isEmpty()) {
            update.push(OUTBOX).each(entries(id, readVersion + 1, events).toArray());
        }
        Query current = Query.query(Criteria.where(ID).is(id).and(VERSION).is(readVersion));
        if (mongo.updateFirst(current, update, collection).getMatchedCount() == 0) {
            throw new OptimisticLockingFailureException(
                    type.getSimpleName() + " " + id + " was changed concurrently; read it again");
        }
        if (!events.isEmpty()) {
            relay.nudge(collection, id);
        }
        document.put(VERSION, readVersion + 1);
        document.remove(OUTBOX);
        return document;
    }

    private String collectionOf(Class<?> type) {
        String collection = mongo.getCollectionName(type);
        if (!relay.sweeps(collection)) {
            throw new IllegalStateException("Collection " + collection + " of " + type.getSimpleName()
                    + " is missing from gemeinsam.outbox.collections: its events would be lost after a crash");
        }
        return collection;
    }

    private Document toDocument(Object aggregate) {
        Document document = new Document();
        mongo.getConverter().write(aggregate, document);
        document.remove("_class");
        return document;
    }

    /** The outbox entries of the events of one change, which brought the aggregate to {@code version}. */
    private List<Document> entries(Object aggregateId, long version, List<? extends Record> events) {
        List<Document> entries = new ArrayList<>();
        for (int index = 0; index < events.size(); index++) {
            entries.add(entry(aggregateId, events.get(index), EventSequence.of(version, index)));
        }
        return entries;
    }

    /**
     * The event's id begins with its time ({@link TimeOrderedIds}): each consumer's record of the events it handled
     * is keyed by source and id, so a consumer's records of new events land next to each other at the end of that
     * index instead of all over it (profiled: the bulk insert of a piece's records was the longest store round trip
     * of notification-service's batch consumer).
     */
    private Document entry(Object aggregateId, Record event, String sequence) {
        String type = EventCatalog.typeOf(event.getClass());
        Instant now = clock.instant();
        return new Document()
                .append(PendingEvent.ID, TimeOrderedIds.random(now))
                .append(PendingEvent.SOURCE, owner.eventSource())
                .append(PendingEvent.TYPE, type)
                .append(PendingEvent.SUBJECT, String.valueOf(aggregateId))
                .append(PendingEvent.TIME, Date.from(now))
                .append(PendingEvent.DATASCHEMA, EventCatalog.schemaUriOf(type))
                .append(PendingEvent.UNIT, owner.id())
                .append(PendingEvent.TOPIC, EventCatalog.streamOf(event.getClass()).topicOf(owner.id()))
                .append(PendingEvent.DATA, json.writeValueAsString(event))
                .append(PendingEvent.SEQUENCE, sequence);
    }
}
