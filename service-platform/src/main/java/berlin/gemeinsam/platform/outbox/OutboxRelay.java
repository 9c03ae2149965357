package berlin.gemeinsam.platform.outbox;

import berlin.gemeinsam.platform.events.CloudEventsKafka;
import berlin.gemeinsam.platform.events.EventEnvelope;
import berlin.gemeinsam.platform.events.EventMetrics;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishes the events waiting in aggregates' outboxes, in order per aggregate, and removes each one only after
 * the broker acknowledged it (the Kafka producer binding is synchronous, acks=all, idempotent).
 *
 * <p>One thread does all the work, so one aggregate's events are never sent by two threads at once. A write
 * nudges the relay with the aggregate's id (the fast path); a periodic sweep over the aggregate collections
 * ({@code gemeinsam.outbox.collections}) finds what was left behind by a crash or a failed send. Delivery is at least once: an event acknowledged but not yet
 * removed when the process dies is sent again, and consumers drop it by its id.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    /** Matches aggregates with pending events; a sparse index on the same field keeps the sweep cheap. */
    private static final String PENDING_EVENT_ID = EventOutbox.OUTBOX + "." + PendingEvent.ID;
    private static final Criteria HAS_PENDING_EVENTS = Criteria.where(PENDING_EVENT_ID).exists(true);
    private static final String OPTIMISTIC_LOCK_INDEX = "id_version";

    private final MongoTemplate mongo;
    private final Set<String> collections;
    private final StreamBridge streamBridge;
    private final EventMetrics metrics;
    private final Duration sweepInterval;
    private final int batchSize;
    private final BlockingQueue<AggregateRef> nudges = new LinkedBlockingQueue<>();
    private final AtomicLong backlog = new AtomicLong();
    private volatile boolean running;
    private Thread worker;

    public OutboxRelay(MongoTemplate mongo, Set<String> collections, StreamBridge streamBridge,
                       EventMetrics metrics, MeterRegistry registry, Duration sweepInterval, int batchSize) {
        this.mongo = mongo;
        this.collections = Set.copyOf(collections);
        this.streamBridge = streamBridge;
        this.metrics = metrics;
        this.sweepInterval = sweepInterval;
        this.batchSize = batchSize;
        Gauge.builder("gemeinsam.outbox.backlog", backlog, AtomicLong::get)
                .description("aggregates with events not acknowledged by the broker in the last sweep "
                        + "(which reads up to the batch size per collection)")
                .register(registry);
    }

    /** Whether the relay sweeps this collection; events written elsewhere would be lost after a crash. */
    boolean sweeps(String collection) {
        return collections.contains(collection);
    }

    /** Tells the relay that an aggregate has new events waiting. */
    void nudge(String collection, Object aggregateId) {
        nudges.add(new AggregateRef(collection, aggregateId));
    }

    /**
     * Publishes everything pending now; returns whether all of it was acknowledged. The backlog is counted from
     * the same query instead of a second one: a store that cannot use the sparse index (the embedded one) reads
     * the whole collection for each, and the benchmark showed these reads holding up every write.
     */
    private boolean sweep() {
        boolean allSent = true;
        long pending = 0;
        for (String collection : collections) {
            Query query = Query.query(HAS_PENDING_EVENTS).limit(batchSize);
            for (Document aggregate : mongo.find(query, Document.class, collection)) {
                boolean sent = relay(collection, aggregate);
                allSent &= sent;
                pending += sent ? 0 : 1;
            }
        }
        backlog.set(pending);
        return allSent;
    }

    private void run() {
        long nextSweep = 0;
        while (running) {
            try {
                if (System.nanoTime() >= nextSweep) {
                    boolean allSent = sweep();
                    nextSweep = System.nanoTime() + sweepInterval.toNanos();
                    if (!allSent) {
                        // the broker is not answering: wait for the next sweep instead of spinning on nudges
                        TimeUnit.NANOSECONDS.sleep(sweepInterval.toNanos());
                        nudges.clear();
                        continue;
                    }
                }
                AggregateRef first = nudges.poll(Math.max(1, nextSweep - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (first == null) {
                    continue;
                }
                Set<AggregateRef> batch = new LinkedHashSet<>();
                batch.add(first);
                List<AggregateRef> more = new ArrayList<>();
                nudges.drainTo(more, batchSize);
                batch.addAll(more);
                for (AggregateRef ref : batch) {
                    Document aggregate = mongo.findOne(Query.query(Criteria.where("_id").is(ref.id())),
                            Document.class, ref.collection());
                    if (aggregate != null && !relay(ref.collection(), aggregate)) {
                        nextSweep = 0;
                        break;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Outbox relay pass failed; retrying at the next sweep", e);
                nextSweep = System.nanoTime() + sweepInterval.toNanos();
            }
        }
    }

    private boolean relay(String collection, Document aggregate) {
        List<Document> entries = aggregate.getList(EventOutbox.OUTBOX, Document.class, List.of());
        for (Document entry : entries) {
            EventEnvelope event = PendingEvent.envelope(entry);
            try {
                streamBridge.send(PendingEvent.topic(entry), CloudEventsKafka.toMessage(event));
            } catch (RuntimeException e) {
                log.warn("Event {} ({}) of {} {} not acknowledged by the broker, will retry: {}",
                        event.id(), event.type(), collection, event.subject(), e.getMessage());
                return false;
            }
            mongo.updateFirst(Query.query(Criteria.where("_id").is(aggregate.get("_id"))),
                    new Update().pull(EventOutbox.OUTBOX, new Document(PendingEvent.ID, event.id())), collection);
            metrics.published(event);
        }
        return true;
    }

    @Override
    public void start() {
        for (String collection : collections) {
            try {
                mongo.indexOps(collection).createIndex(new Index(PENDING_EVENT_ID, Sort.Direction.ASC).sparse());
            } catch (RuntimeException e) {
                log.warn("No index on {}.{}; sweeps scan the collection: {}", collection, PENDING_EVENT_ID,
                        e.getMessage());
            }
            try {
                // MongoDB answers EventOutbox.update's filter (id and read version) from the id index; the embedded
                // store uses an index only when the filter names exactly its fields, and without this one read
                // the whole collection for every change (the benchmark's profile)
                mongo.indexOps(collection).createIndex(new Index().on("_id", Sort.Direction.ASC)
                        .on(EventOutbox.VERSION, Sort.Direction.ASC).unique().named(OPTIMISTIC_LOCK_INDEX));
            } catch (RuntimeException e) {
                log.warn("No index on {}._id and version; changes may scan the collection: {}", collection,
                        e.getMessage());
            }
        }
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void stop() {
        running = false;
        if (worker == null) {
            return;
        }
        try {
            // let a send in flight finish: interrupting a producer call can leave its outcome unknown
            worker.join(sweepInterval.plusSeconds(10).toMillis());
            worker.interrupt();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // like a process that dies, a stopped relay forgets its nudges; the next start sweeps
        nudges.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Start after the bindings, stop before them, so nothing is sent to a stopped producer. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }

    private record AggregateRef(String collection, Object id) {
    }
}
