package berlin.gemeinsam.platform.outbox;

import berlin.gemeinsam.platform.events.CloudEventsKafka;
import berlin.gemeinsam.platform.events.EventEnvelope;
import berlin.gemeinsam.platform.events.EventMetrics;
import berlin.gemeinsam.platform.events.ReliableProducer;
import berlin.gemeinsam.platform.store.CollectionIndexes;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishes the events waiting in aggregates' outboxes, in order per aggregate, and removes each one only after
 * the broker acknowledged it (acks=all, idempotent producer: {@link ReliableProducer}).
 *
 * <p>One thread does all the work, so one aggregate's events are never sent by two threads at once. A write
 * nudges the relay with the aggregate's id (the fast path). A sweep over the aggregate collections
 * ({@code gemeinsam.outbox.collections}) finds what the nudges missed: at start-up what a crash left behind,
 * {@code retry-interval} after a send the broker refused or did not answer, and every {@code sweep-interval} the
 * rare write whose answer the store lost after writing it. Only that last one waits for the periodic sweep, which is
 * therefore long by default: on the embedded store a sweep reads the whole collection and holds up its writes
 * meanwhile (the benchmark). Delivery is at least once: an event acknowledged but not yet removed when the process
 * dies is sent again, and consumers drop it by its id.
 *
 * <p>The relay works in passes over up to {@code batch-size} aggregates: it reads them in one query, sends the
 * oldest waiting event of each without waiting in between and waits for all the acknowledgements; then the next
 * event of those that have more, and so on. When no aggregate has anything left to send, it removes every
 * acknowledged event in one bulk write, one update per aggregate. So publishing what it read costs a read and a
 * write to the store however many events each aggregate had (a publication causes two), where waiting for each
 * acknowledgement before the next send caps a service at about 70 events per second and a removal per pass makes
 * every event of a change a write of its own that the store commits (the benchmarks' profiles). An aggregate's next
 * event is sent only after its previous one was acknowledged, so a refused event is never overtaken by a later one;
 * an event acknowledged but not yet removed when the process dies is sent again, as any other.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    /** Matches aggregates with pending events; a sparse index on the same field keeps the sweep cheap. */
    private static final String PENDING_EVENT_ID = EventOutbox.OUTBOX + "." + PendingEvent.ID;
    private static final Criteria HAS_PENDING_EVENTS = Criteria.where(PENDING_EVENT_ID).exists(true);
    private static final String OPTIMISTIC_LOCK_INDEX = "id_version";
    /** Added to the producer's delivery timeout, after which it fails a send: only guards against waiting forever. */
    private static final Duration ACKNOWLEDGEMENT_GRACE = Duration.ofSeconds(10);
    /** How long an idle relay waits for a nudge before it looks whether it was stopped. */
    private static final Duration STOP_CHECK = Duration.ofMillis(200);

    private final MongoTemplate mongo;
    private final Set<String> collections;
    private final KafkaTemplate<byte[], byte[]> kafka;
    private final EventMetrics metrics;
    private final Duration sweepInterval;
    private final Duration retryInterval;
    private final int batchSize;
    private final Duration acknowledgementWait;
    private final BlockingQueue<AggregateRef> nudges = new LinkedBlockingQueue<>();
    private final AtomicLong backlog = new AtomicLong();
    private volatile boolean running;
    private Thread worker;

    public OutboxRelay(MongoTemplate mongo, Set<String> collections, KafkaTemplate<byte[], byte[]> kafka,
                       EventMetrics metrics, MeterRegistry registry, Duration sweepInterval, Duration retryInterval,
                       int batchSize, Duration deliveryTimeout) {
        this.mongo = mongo;
        this.collections = Set.copyOf(collections);
        this.kafka = kafka;
        this.metrics = metrics;
        this.sweepInterval = sweepInterval;
        this.retryInterval = retryInterval;
        this.batchSize = batchSize;
        this.acknowledgementWait = deliveryTimeout.plus(ACKNOWLEDGEMENT_GRACE);
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
     * Publishes what is pending in up to a batch of aggregates per collection. The backlog is counted from the same
     * query instead of a second one: a store that cannot use the sparse index (the embedded one) reads the whole
     * collection for each.
     */
    private SweepResult sweep() throws InterruptedException {
        boolean allSent = true;
        boolean full = false;
        long pending = 0;
        for (String collection : collections) {
            Query query = Query.query(HAS_PENDING_EVENTS).limit(batchSize);
            query.fields().include(EventOutbox.OUTBOX);
            List<Document> aggregates = mongo.find(query, Document.class, collection);
            full |= aggregates.size() == batchSize;
            int unsent = publish(collection, aggregates);
            allSent &= unsent == 0;
            pending += unsent;
        }
        backlog.set(pending);
        return new SweepResult(allSent, full);
    }

    private void run() {
        long nextSweep = 0;
        while (running) {
            try {
                if (System.nanoTime() >= nextSweep) {
                    SweepResult swept = sweep();
                    if (!swept.allSent()) {
                        // the broker is not answering: wait instead of spinning on nudges, then sweep again
                        TimeUnit.NANOSECONDS.sleep(retryInterval.toNanos());
                        nudges.clear();
                        nextSweep = 0;
                        continue;
                    }
                    // a full batch may have more behind it (a backlog after a crash): go on at once
                    nextSweep = swept.full() ? 0 : System.nanoTime() + sweepInterval.toNanos();
                }
                long untilSweep = nextSweep - System.nanoTime();
                AggregateRef first = nudges.poll(Math.max(1, Math.min(untilSweep, STOP_CHECK.toNanos())),
                        TimeUnit.NANOSECONDS);
                if (first == null) {
                    continue;
                }
                List<AggregateRef> batch = new ArrayList<>();
                batch.add(first);
                nudges.drainTo(batch, batchSize - 1);
                if (!publishNudged(batch)) {
                    nextSweep = System.nanoTime() + retryInterval.toNanos();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Outbox relay pass failed; retrying with a sweep in {}", retryInterval, e);
                nextSweep = System.nanoTime() + retryInterval.toNanos();
            }
        }
    }

    /** Reads the nudged aggregates, one query per collection, and publishes their events. */
    private boolean publishNudged(List<AggregateRef> batch) throws InterruptedException {
        Map<String, Set<Object>> idsByCollection = new LinkedHashMap<>();
        for (AggregateRef ref : batch) {
            idsByCollection.computeIfAbsent(ref.collection(), collection -> new LinkedHashSet<>()).add(ref.id());
        }
        boolean allSent = true;
        for (Map.Entry<String, Set<Object>> nudged : idsByCollection.entrySet()) {
            Query query = Query.query(Criteria.where("_id").in(nudged.getValue()));
            // the events are all the relay needs of the aggregate, whose history may be far larger
            query.fields().include(EventOutbox.OUTBOX);
            allSent &= publish(nudged.getKey(), mongo.find(query, Document.class, nudged.getKey())) == 0;
        }
        return allSent;
    }

    /**
     * Publishes the pending events of these aggregates of one collection, in passes of one event per aggregate, then
     * removes the acknowledged ones (see the class comment); returns how many aggregates still have events the broker
     * did not acknowledge.
     */
    private int publish(String collection, List<Document> aggregates) throws InterruptedException {
        Map<Object, Deque<Document>> waiting = new LinkedHashMap<>();
        for (Document aggregate : aggregates) {
            List<Document> outbox = aggregate.getList(EventOutbox.OUTBOX, Document.class, List.of());
            if (!outbox.isEmpty()) {
                waiting.put(aggregate.get("_id"), new ArrayDeque<>(outbox));
            }
        }
        Map<Object, List<EventEnvelope>> acknowledged = new LinkedHashMap<>();
        int refused = 0;
        while (!waiting.isEmpty()) {
            Map<Object, Sending> pass = new LinkedHashMap<>();
            RuntimeException unsendable = null;
            for (Map.Entry<Object, Deque<Document>> next : waiting.entrySet()) {
                Document pending = next.getValue().peek();
                EventEnvelope event = PendingEvent.envelope(pending);
                CompletableFuture<SendResult<byte[], byte[]>> result;
                if (unsendable == null) {
                    try {
                        result = kafka.send(CloudEventsKafka.toRecord(PendingEvent.topic(pending), event));
                    } catch (RuntimeException e) {
                        // the producer refused at once, e.g. without the topic's metadata after max.block.ms: the
                        // rest of the pass would wait as long each, so it counts as not answered as well
                        unsendable = e;
                        result = CompletableFuture.failedFuture(e);
                    }
                } else {
                    result = CompletableFuture.failedFuture(unsendable);
                }
                pass.put(next.getKey(), new Sending(event, result, acknowledgementWait));
            }
            for (Map.Entry<Object, Sending> sent : pass.entrySet()) {
                if (sent.getValue().acknowledged(collection)) {
                    acknowledged.computeIfAbsent(sent.getKey(), id -> new ArrayList<>()).add(sent.getValue().event());
                    Deque<Document> rest = waiting.get(sent.getKey());
                    rest.poll();
                    if (rest.isEmpty()) {
                        waiting.remove(sent.getKey());
                    }
                } else {
                    waiting.remove(sent.getKey());
                    refused++;
                }
            }
        }
        if (!acknowledged.isEmpty()) {
            remove(collection, acknowledged);
        }
        return refused;
    }

    /** Removes the acknowledged events from their aggregates' outboxes, in one bulk write. */
    private void remove(String collection, Map<Object, List<EventEnvelope>> acknowledged) {
        BulkOperations removals = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
        acknowledged.forEach((aggregateId, events) -> removals.updateOne(
                Query.query(Criteria.where("_id").is(aggregateId)),
                new Update().pull(EventOutbox.OUTBOX, new Document(PendingEvent.ID,
                        new Document("$in", events.stream().map(EventEnvelope::id).toList())))));
        removals.execute();
        acknowledged.values().forEach(events -> events.forEach(metrics::published));
    }

    @Override
    public void start() {
        for (String collection : collections) {
            try {
                // MongoDB answers EventOutbox.update's filter (id and read version) from the id index; the embedded
                // store uses an index only when the filter names exactly its fields, and without the second one
                // read the whole collection for every change (the benchmark's profile)
                CollectionIndexes.create(mongo, collection, new Index(PENDING_EVENT_ID, Sort.Direction.ASC).sparse(),
                        new Index().on("_id", Sort.Direction.ASC).on(EventOutbox.VERSION, Sort.Direction.ASC)
                                .unique().named(OPTIMISTIC_LOCK_INDEX));
            } catch (RuntimeException e) {
                log.warn("No index on {}.{} nor on _id and version; sweeps scan the collection, changes may: {}",
                        collection, PENDING_EVENT_ID, e.getMessage());
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
            worker.join(acknowledgementWait.toMillis());
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

    /**
     * Starts after everything else and stops first, while the producer is still open: the producer is closed when
     * the beans are destroyed, after every lifecycle has stopped.
     */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }

    private record AggregateRef(String collection, Object id) {
    }

    /** @param full whether a collection had at least a batch of aggregates with pending events */
    private record SweepResult(boolean allSent, boolean full) {
    }

    private record Sending(EventEnvelope event, CompletableFuture<SendResult<byte[], byte[]>> result,
                           Duration acknowledgementWait) {

        boolean acknowledged(String collection) throws InterruptedException {
            try {
                result.get(acknowledgementWait.toMillis(), TimeUnit.MILLISECONDS);
                return true;
            } catch (ExecutionException | TimeoutException e) {
                log.warn("Event {} ({}) of {} {} not acknowledged by the broker, will retry: {}", event.id(),
                        event.type(), collection, event.subject(),
                        e instanceof ExecutionException ? e.getCause().toString() : e.toString());
                return false;
            }
        }
    }
}
