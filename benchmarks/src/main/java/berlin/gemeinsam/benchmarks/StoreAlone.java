package berlin.gemeinsam.benchmarks;

import berlin.gemeinsam.events.catalog.EventCatalog;
import berlin.gemeinsam.events.ideas.IdeaPublished;
import berlin.gemeinsam.events.ideas.IdeaPublishedV2;
import berlin.gemeinsam.platform.events.EventSequence;
import berlin.gemeinsam.platform.ids.TimeOrderedIds;
import com.mongodb.ConnectionString;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.WriteModel;
import org.HdrHistogram.Histogram;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;

/**
 * The store alone doing, for each target the store may bound (issue #14), exactly the store commands the service
 * issues for that work: the same collections with the index set the service gave them (copied from its database),
 * documents of the same shape and size, the same filters, bulk sizes and order, straight from the MongoDB driver
 * with the services' write concern, into a database of its own ({@value #DATABASE}) that is dropped after each
 * measurement. Side by side with the scenario's figure it shows how much of the target the store alone reaches.
 * Runs after the services started (it takes an idea as ideas-service stores it as its template) and before the
 * scenarios load the store.
 */
final class StoreAlone {

    static final String SCENARIO = "11 store alone";
    private static final String DATABASE = "benchmark-store-alone";
    private static final Logger log = LoggerFactory.getLogger(StoreAlone.class);

    private static final String IDEAS = "idea";
    private static final String AUDIT_LOG = "audit_log";
    private static final String PROCESSED_EVENTS = "processed_events";
    private static final String SUBSCRIPTIONS = "subscription";
    private static final String NOTIFICATIONS = "notification";
    private static final int PUBLISH_CLIENTS = 16;
    /**
     * Runs of scenario 2's batch of publications: the collection holds 2,000 to 6,000 ideas, as the service's in
     * scenario 2's first run (its later runs publish into a larger one, after the consumer-alone step's 20,000).
     */
    private static final int CLOSED_RUNS = 3;
    /** The end-to-end target's rate (500 published ideas/s), offered for a few seconds. */
    private static final int FIXED_RATE = 500;
    private static final Duration FIXED_RATE_DURATION = Duration.ofSeconds(5);
    /** The share of the fixed rate done that counts as keeping it (the last answer comes a moment after the rate). */
    private static final double KEPT_UP = 0.98;
    /** gemeinsam.outbox.batch-size: how many nudged aggregates one relay pass reads. */
    private static final int RELAY_BATCH = 500;
    /** gemeinsam.search.batch-size: how many ideas the search index follower reads at once. */
    private static final int FOLLOWER_BATCH = 1_000;
    /** gemeinsam.search.idle-poll-interval and overlap: under the service's own writes it polls that often. */
    private static final Duration FOLLOWER_POLL = Duration.ofSeconds(5);
    /**
     * The batch consumer's piece with one follower per event: {@code PieceSizes} starts at 16 and doubles while a
     * piece takes less than a quarter second, which it does here, until a piece is the whole poll
     * ({@code max.poll.records}: 1,000 records, the v1 and v2 of 500 publications).
     */
    private static final int EVENTS_PER_PIECE = 1_000;
    /** {@code Feed.BATCH_SIZE}: feed entries per bulk insert. */
    private static final int ENTRIES_PER_WRITE = 10_000;
    /** {@code MongoSubscriptions.FOLLOWERS_PER_FETCH}. */
    private static final int FOLLOWERS_PER_FETCH = 1_000;
    /** notification-service's binding of idea events, the name its inbox markers carry. */
    private static final String IDEA_CONSUMER = "ideaEvents";
    private static final String IDEA_SOURCE = "/units/" + SampleIdea.UNIT + "/ideas-service";
    /** MongoDB's code for a write that would duplicate a unique key. */
    private static final int DUPLICATE_KEY = 11000;
    /** Fields of {@code Idea} as Spring Data maps them: those missing from the stored idea are unset by a change. */
    private static final List<String> IDEA_FIELDS = List.of("unit", "title", "problem", "proposal", "category",
            "principles", "location", "language", "authorId", "submittedAt", "status", "publishedAt", "measureId",
            "adoptedAt", "rejectionReason", "closedAt", "history", "supportCount", "withdrawnSupportCount",
            "changedAt", "formerCategory", "mergedInto", "declinedMeasures");

    private final LocalStack stack;
    private final Plan plan;
    private final Report report;
    private final ServiceApi ideas;
    private final JsonMapper json = JsonMapper.shared();

    StoreAlone(LocalStack stack, Plan plan, Report report) {
        this.stack = stack;
        this.plan = plan;
        this.report = report;
        this.ideas = stack.api("ideas-service");
    }

    /**
     * With the services' write concern (service-platform's StoreWriteConcern). The driver's monitor waits for the
     * store's answer to its heartbeat as long as for a connection (10 s by default) and else clears the pool, which
     * fails every command under way: on an overloaded machine the busy store took longer (the first full run under a
     * load average of 50), so it waits a minute here.
     */
    private MongoClient client() {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(stack.storeUri()))
                .applyToSocketSettings(socket -> socket.connectTimeout(1, TimeUnit.MINUTES))
                .writeConcern(WriteConcern.MAJORITY.withJournal(true)).build());
    }

    /**
     * Runs the measurement with the service's database (for its indexes and templates) and the store-alone one,
     * which is dropped after it.
     */
    private void inOwnDatabase(String service, BiConsumer<MongoDatabase, MongoDatabase> measurement) {
        try (MongoClient client = client()) {
            MongoDatabase alone = client.getDatabase(DATABASE);
            try {
                measurement.accept(client.getDatabase("gemeinsam-" + SampleIdea.UNIT + "-" + service), alone);
            } finally {
                alone.drop();
            }
        }
    }

    /** The collection in the store-alone database, with the indexes the service created on its own. */
    private static MongoCollection<Document> withIndexesOf(MongoDatabase service, MongoDatabase alone,
                                                           String collection) {
        MongoCollection<Document> copy = alone.getCollection(collection);
        if (!service.listCollectionNames().into(new ArrayList<>()).contains(collection)) {
            // not written yet (the inbox markers before the first event): only the id index, which every one has
            return copy;
        }
        for (Document index : service.getCollection(collection).listIndexes()) {
            Document keys = index.get("key", Document.class);
            if (!keys.keySet().equals(Set.of("_id"))) {
                copy.createIndex(keys, new IndexOptions().name(index.getString("name"))
                        .unique(flag(index, "unique")).sparse(flag(index, "sparse")));
            }
        }
        return copy;
    }

    private static boolean flag(Document index, String option) {
        Object value = index.get(option);
        return value instanceof Boolean on ? on : value instanceof Number number && number.intValue() != 0;
    }

    // --- the publish path (publish API >= 1,000 calls/s with 16 clients; 500 publications/s end to end) -------

    /**
     * A moderator's publish ({@code POST /api/v1/ideas/{id}/publish}) costs these store commands:
     * <ol>
     *     <li>{@code IdeaService.publish} in {@code ConcurrentChanges.retry}: {@code IdeaRepository.find}, a find of
     *     the idea by id;</li>
     *     <li>{@code EventOutbox.updateAndGet}: one update filtered by {@code {_id, version}} (the keys of the
     *     relay's {@code id_version} index, which the store uses only for exactly these keys), {@code $set} of every
     *     field of the published idea and of the version, {@code $unset} of its null fields, {@code $push} of the
     *     two events (idea.published v1 and v2) into its {@code outbox};</li>
     *     <li>{@code IdeaController.byModerator}: {@code AuditLog.record}, an insert into {@code audit_log};</li>
     * </ol>
     * what the call answers after. Besides, on their own threads: {@code OutboxRelay.publishNudged}, a find of the
     * nudged ideas by id ({@code $in}, up to 500, only their {@code outbox}), then {@code OutboxRelay.publish}, one
     * unordered bulk of {@code $pull}s of the acknowledged events, one per idea; and the search index
     * follower's {@code takeInNudged}, a find of the nudged ideas by id, and every 5 s its poll of what changed
     * since (a range on {@code changedAt}, paged by 1,000). {@code WriteAdmission} and the token check do nothing
     * in the store. The drafts are copies of an idea ideas-service stored, stored beforehand in bulk; a relay thread
     * and a follower thread do the rest as the service's do, without the broker.
     *
     * <p>Two measurements, each with its target: as scenario 2 publishes (16 clients, a batch of
     * {@code pipelineEvents} drafts as fast as they go, the collection about as large as the service's then), in
     * {@value #CLOSED_RUNS} runs; then at the end-to-end target's fixed rate, open loop, with each publication's
     * time from its intended start to its last command's answer.
     */
    void publish() {
        inOwnDatabase("ideas-service", (service, alone) -> {
            String templateId = ideas.submitIdea();
            Document draft = Scenarios.storedIdea(service.getCollection(IDEAS), templateId);
            ideas.publishIdea(templateId);
            Document published = Scenarios.storedIdea(service.getCollection(IDEAS), templateId);
            // AuditLog.record's entry of that publication, as the template of the others
            Document audited = service.getCollection(AUDIT_LOG).find(Filters.eq("resourceId", templateId)).first();
            if (audited == null) {
                throw new IllegalStateException("no audit entry of the publication of " + templateId);
            }
            Publications publications = new Publications(withIndexesOf(service, alone, IDEAS),
                    withIndexesOf(service, alone, AUDIT_LOG), draft, published, audited);
            publishAsFastAsTheyGo(publications);
            publishAtFixedRate(publications);
        });
    }

    /** Scenario 2's publish calls: a batch of drafts as fast as 16 clients go, timed until the last is done. */
    private void publishAsFastAsTheyGo(Publications publications) {
        int perRun = plan.pipelineEvents();
        List<String> runs = new ArrayList<>();
        long totalNanos = 0;
        for (int run = 0; run < CLOSED_RUNS; run++) {
            List<String> drafts = publications.storeDrafts(perRun);
            long start = System.nanoTime();
            AtomicLong lastDone = new AtomicLong(start);
            String behind;
            try (Besides besides = publications.besides()) {
                Workers.times(PUBLISH_CLIENTS, perRun, i -> {
                    publications.publish(drafts.get(i), besides);
                    lastDone.accumulateAndGet(System.nanoTime(), Math::max);
                });
                behind = besides.behind();
            }
            long nanos = lastDone.get() - start;
            totalNanos += nanos;
            runs.add(String.format(Locale.ROOT, "%.0f/s (%s)", perRun / (nanos / 1e9), behind));
        }
        double rate = CLOSED_RUNS * perRun / (totalNanos / 1e9);
        report.rate(SCENARIO, "the publish path's writes, " + PUBLISH_CLIENTS + " clients", rate, "calls/s", null,
                ">= 1,000 calls/s", rate >= 1_000, String.format(Locale.ROOT, "%d runs of %d drafts as scenario 2 "
                                + "publishes them, the collection growing from %d to %d ideas: %s; per call: find "
                                + "the idea, update it by {_id, version} with 2 events in its outbox, insert the "
                                + "audit entry; the relay and the search follower beside them", CLOSED_RUNS, perRun,
                        perRun, CLOSED_RUNS * perRun, String.join(", ", runs)));
    }

    /**
     * The end-to-end target's rate, open loop as scenario 3 offers it: each publication starts at its intended time
     * on one of as many threads as scenario 3's, whether or not those before it are done, and is timed from then
     * (so that a store too slow to keep the rate shows in the latency, not in fewer offered publications).
     */
    private void publishAtFixedRate(Publications publications) {
        int count = FIXED_RATE * (int) FIXED_RATE_DURATION.toSeconds();
        List<String> drafts = publications.storeDrafts(count);
        long[] intended;
        AtomicLongArray done = new AtomicLongArray(count);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        long period = TimeUnit.SECONDS.toNanos(1) / FIXED_RATE;
        ExecutorService senders = Executors.newFixedThreadPool(Scenarios.OPEN_LOOP_THREADS);
        String behind;
        String processorUse;
        ProcessorUse processor = ProcessorUse.of(stack);
        try (Besides besides = publications.besides()) {
            intended = Scenarios.offerOpenLoop(senders, count, period,
                    index -> publications.publish(drafts.get(index), besides), done,
                    e -> failure.compareAndSet(null, e));
            senders.shutdown();
            Scenarios.awaitTermination(senders, System.nanoTime() + TimeUnit.MINUTES.toNanos(2));
            behind = besides.behind();
            processorUse = processor.per("publication", count);
        } finally {
            senders.shutdownNow();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        Histogram latency = Stats.histogram();
        long lastDone = 0;
        for (int i = 0; i < count; i++) {
            if (done.get(i) == 0) {
                throw new IllegalStateException("publication " + i + " of " + count + " at " + FIXED_RATE
                        + "/s was not done within 2 minutes after the last was offered");
            }
            Stats.record(latency, done.get(i) - intended[i]);
            lastDone = Math.max(lastDone, done.get(i));
        }
        double rate = count / ((lastDone - intended[0]) / 1e9);
        report.latency(SCENARIO, "the publish path's writes at " + FIXED_RATE + " publications/s for "
                        + FIXED_RATE_DURATION.toSeconds() + " s: intended start -> done (CO-corrected)", rate,
                Stats.of(latency), FIXED_RATE + " ideas/s stored", rate >= KEPT_UP * FIXED_RATE,
                String.format(Locale.ROOT, "%d publications offered open loop on %d threads, done at %.0f/s "
                                + "from the first intended start to the last done (the rate is kept at %.0f%% of "
                                + "it or more); the same commands and threads as the row above; %s; %s", count,
                        Scenarios.OPEN_LOOP_THREADS, rate, KEPT_UP * 100, behind, processorUse));
    }

    /** The ideas and the audit log in the store-alone database, and the commands of one publication. */
    private final class Publications {

        private final MongoCollection<Document> ideas;
        private final MongoCollection<Document> audit;
        private final Document draft;
        private final Document published;
        private final Document audited;

        Publications(MongoCollection<Document> ideas, MongoCollection<Document> audit, Document draft,
                     Document published, Document audited) {
            this.ideas = ideas;
            this.audit = audit;
            this.draft = draft;
            this.published = published;
            this.audited = audited;
        }

        /** Drafts stored in bulk, with ids as {@code OwningUnit.newAggregateId} makes them. */
        List<String> storeDrafts(int count) {
            return Scenarios.storeCopies(ideas, draft, count, () -> TimeOrderedIds.random(Instant.now()));
        }

        /** The service's relay and search index follower on these ideas, started. */
        Besides besides() {
            return Besides.start(ideas);
        }

        /** The commands the publish call waits for (see {@link #publish()}), then the nudges of the two threads. */
        void publish(String id, Besides besides) {
            Document current = ideas.find(Filters.eq("_id", id)).first();
            if (current == null) {
                throw new IllegalStateException("draft " + id + " not found");
            }
            long version = ((Number) current.get("version")).longValue();
            Document set = new Document();
            Date now = new Date();
            published.forEach((field, value) -> {
                if (!field.equals("_id") && !field.equals("version") && !field.equals("outbox")) {
                    // published and changed now, as the search follower's poll by changedAt finds them
                    set.append(field, field.equals("publishedAt") || field.equals("changedAt") ? now : value);
                }
            });
            set.append("version", version + 1);
            Document unset = new Document();
            IDEA_FIELDS.stream().filter(field -> !published.containsKey(field))
                    .forEach(field -> unset.append(field, 1));
            Document update = new Document("$set", set);
            if (!unset.isEmpty()) {
                update.append("$unset", unset);
            }
            update.append("$push", new Document("outbox", new Document("$each", outboxEntries(id, version + 1))));
            // the filter as Spring Data renders EventOutbox's criteria, one document of both keys: the driver's
            // Filters.and renders an $and, whose keys match no index, and the store then reads the whole collection
            if (ideas.updateOne(new Document("_id", id).append("version", version), update)
                    .getMatchedCount() != 1) {
                throw new IllegalStateException("draft " + id + " was not at version " + version);
            }
            Document entry = new Document(audited);
            entry.remove("_id");
            entry.put("at", now);
            entry.put("resourceId", id);
            audit.insertOne(entry);
            besides.relay().nudge(id);
            besides.follower().nudge(id);
        }
    }

    /** The relay and the search index follower beside the publish calls, started and closed together. */
    private record Besides(Relay relay, Follower follower) implements AutoCloseable {

        static Besides start(MongoCollection<Document> ideas) {
            Besides besides = new Besides(new Relay(ideas), new Follower(ideas));
            besides.relay().start();
            besides.follower().start();
            return besides;
        }

        /** How far the two are behind the calls, for the report's note. */
        String behind() {
            return "relay " + relay.behind() + " and follower " + follower.behind() + " nudges behind at the end";
        }

        /** Waits until both have done what they were nudged for. */
        @Override
        public void close() {
            try {
                follower.close();
            } finally {
                relay.close();
            }
        }
    }

    /** The two events of a publication as {@code EventOutbox} writes them (field names of {@code PendingEvent}). */
    private List<Document> outboxEntries(String id, long version) {
        Instant now = Instant.now();
        IdeaPublished v1 = new IdeaPublished(id, SampleIdea.UNIT, SampleIdea.TITLE, SampleIdea.PROBLEM,
                SampleIdea.PROPOSAL, SampleIdea.CATEGORY, now);
        IdeaPublishedV2 v2 = new IdeaPublishedV2(id, SampleIdea.UNIT, SampleIdea.TITLE, SampleIdea.PROBLEM,
                SampleIdea.PROPOSAL, SampleIdea.CATEGORY, List.of(), null, null, "de", now);
        List<Document> entries = new ArrayList<>();
        List<Record> events = List.of(v1, v2);
        for (int index = 0; index < events.size(); index++) {
            Record event = events.get(index);
            String type = EventCatalog.typeOf(event.getClass());
            entries.add(new Document("id", TimeOrderedIds.random(now))
                    .append("source", IDEA_SOURCE)
                    .append("type", type)
                    .append("subject", id)
                    .append("time", Date.from(now))
                    .append("dataschema", EventCatalog.schemaUriOf(type))
                    .append("unit", SampleIdea.UNIT)
                    .append("topic", EventCatalog.streamOf(event.getClass()).topicOf(SampleIdea.UNIT))
                    .append("data", json.writeValueAsString(event))
                    .append("sequence", EventSequence.of(version, index)));
        }
        return entries;
    }

    /**
     * A thread of the service's that works beside the calls on what they nudged it for: it runs {@link #work} until
     * it is closed, and is closed once nothing it was nudged for is left (or it failed).
     */
    private abstract static class Beside implements AutoCloseable {

        private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
        private final Thread thread;
        private volatile boolean running = true;

        Beside(String name) {
            thread = new Thread(this::run, name);
            thread.setDaemon(true);
        }

        /** Starts the thread, once the subclass is set up. */
        final void start() {
            thread.start();
        }

        /** One round: waits a little for nudges and does what they ask. */
        abstract void work() throws InterruptedException;

        /** How many nudges are not taken on yet. */
        abstract int behind();

        /** Ends a wait for nudges at once. */
        void wake() {
        }

        private void run() {
            try {
                while (running) {
                    work();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                failure.set(e);
            }
        }

        @Override
        public void close() {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (behind() > 0 && failure.get() == null && System.nanoTime() < deadline) {
                Pause.millis(20);
            }
            running = false;
            wake();
            Scenarios.join(thread);
            if (failure.get() != null) {
                throw failure.get();
            }
        }
    }

    /**
     * {@code OutboxRelay} without the broker: reads the nudged ideas' outboxes in one query and, as if the broker had
     * acknowledged every event of its passes, removes them in one unordered bulk write, one {@code $pull} of the
     * acknowledged ids per idea.
     */
    private static final class Relay extends Beside {

        private final MongoCollection<Document> ideas;
        private final BlockingQueue<String> nudges = new LinkedBlockingQueue<>();

        Relay(MongoCollection<Document> ideas) {
            super("store-alone-relay");
            this.ideas = ideas;
        }

        void nudge(String id) {
            nudges.add(id);
        }

        @Override
        int behind() {
            return nudges.size();
        }

        @Override
        void work() throws InterruptedException {
            String first = nudges.poll(200, TimeUnit.MILLISECONDS);
            if (first == null) {
                return;
            }
            List<String> batch = new ArrayList<>(List.of(first));
            nudges.drainTo(batch, RELAY_BATCH - 1);
            Map<Object, List<Document>> waiting = new LinkedHashMap<>();
            for (Document aggregate : ideas.find(Filters.in("_id", batch)).projection(Projections.include("outbox"))) {
                waiting.put(aggregate.get("_id"), new ArrayList<>(aggregate.getList("outbox", Document.class,
                        List.of())));
            }
            waiting.values().removeIf(List::isEmpty);
            if (waiting.isEmpty()) {
                return;
            }
            // every pass's events acknowledged, then all of them removed in one bulk write, one update per idea
            List<WriteModel<Document>> removals = new ArrayList<>();
            waiting.forEach((id, outbox) -> removals.add(new UpdateOneModel<>(Filters.eq("_id", id),
                    new Document("$pull", new Document("outbox", new Document("id",
                            new Document("$in", outbox.stream().map(event -> event.getString("id")).toList())))))));
            ideas.bulkWrite(removals, new BulkWriteOptions().ordered(false));
        }
    }

    /**
     * The search index follower's store reads ({@code IndexFollower}, {@code OwnIdeasForSearch}): the nudged ideas
     * by id, whole, up to 1,000 at once; and every 5 s what changed since the last poll minus the overlap of 5 s, a
     * range on {@code changedAt} sorted by it and the id, 1,000 a page.
     */
    private static final class Follower extends Beside {

        private final MongoCollection<Document> ideas;
        private final Set<String> nudged = ConcurrentHashMap.newKeySet();
        private final Semaphore wake = new Semaphore(0);
        private Date watermark = new Date();
        private long nextPoll = System.nanoTime() + FOLLOWER_POLL.toNanos();

        Follower(MongoCollection<Document> ideas) {
            super("store-alone-follower");
            this.ideas = ideas;
        }

        void nudge(String id) {
            nudged.add(id);
            wake();
        }

        @Override
        void wake() {
            if (wake.availablePermits() == 0) {
                wake.release();
            }
        }

        @Override
        int behind() {
            return nudged.size();
        }

        @Override
        void work() throws InterruptedException {
            List<String> ids = new ArrayList<>(nudged);
            nudged.removeAll(ids);
            for (int from = 0; from < ids.size(); from += FOLLOWER_BATCH) {
                ideas.find(Filters.in("_id", ids.subList(from, Math.min(ids.size(), from + FOLLOWER_BATCH))))
                        .into(new ArrayList<>());
            }
            if (System.nanoTime() - nextPoll >= 0) {
                poll();
                nextPoll = System.nanoTime() + FOLLOWER_POLL.toNanos();
            }
            if (wake.tryAcquire(Math.max(0, nextPoll - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                wake.drainPermits();
            }
        }

        private void poll() {
            Date since = new Date(watermark.getTime() - FOLLOWER_POLL.toMillis());
            String afterId = null;
            List<Document> page;
            do {
                // as Spring Data renders OwnIdeasForSearch.changedSince's criteria
                Bson changed = afterId == null ? Filters.gte("changedAt", since)
                        : Filters.or(Filters.gt("changedAt", since),
                        new Document("changedAt", since).append("_id", new Document("$gt", afterId)));
                page = ideas.find(changed).sort(Sorts.ascending("changedAt", "_id")).limit(FOLLOWER_BATCH)
                        .into(new ArrayList<>());
                if (!page.isEmpty()) {
                    Document last = page.get(page.size() - 1);
                    since = last.getDate("changedAt");
                    afterId = last.getString("_id");
                    if (since.after(watermark)) {
                        watermark = since;
                    }
                }
            } while (page.size() == FOLLOWER_BATCH);
        }
    }

    // --- one submission (median < 2 ms, one client) ----------------------------------------------------------

    /**
     * {@code POST /api/v1/ideas} costs one insert of the draft (an idea without events: {@code EventOutbox.insert}
     * with an empty {@code outbox} and no relay nudge), which the client waits for, and the search index follower's
     * read of the nudged idea by id after it ({@code IdeaRepository.add}); the similar ideas come from the index,
     * not the store. One client repeats the two for the raw limits' duration.
     */
    void submission() {
        Histogram waited = Stats.histogram();
        Histogram whole = Stats.histogram();
        inOwnDatabase("ideas-service", (service, alone) -> {
            Document draft = Scenarios.storedIdea(service.getCollection(IDEAS), ideas.submitIdea());
            MongoCollection<Document> collection = withIndexesOf(service, alone, IDEAS);
            long start = System.nanoTime();
            long end = start + plan.rawDuration().toNanos();
            while (System.nanoTime() < end) {
                Document copy = new Document(draft);
                String id = TimeOrderedIds.random(Instant.now());
                copy.put("_id", id);
                long sent = System.nanoTime();
                collection.insertOne(copy);
                long inserted = System.nanoTime();
                collection.find(Filters.in("_id", List.of(id))).into(new ArrayList<>());
                Stats.record(waited, inserted - sent);
                Stats.record(whole, System.nanoTime() - sent);
            }
            double rate = whole.getTotalCount() / ((System.nanoTime() - start) / 1e9);
            Stats insert = Stats.of(waited);
            report.latency(SCENARIO, "one submission's writes, 1 client: the insert the call waits for", rate,
                    insert, "median < 2 ms", insert.medianMs() < 2, "submissions/s");
            report.latency(SCENARIO, "one submission's writes, 1 client: insert and the search follower's read",
                    rate, Stats.of(whole), null, null, "submissions/s");
        });
    }

    // --- the consumer (>= 5,000 events/s, 1 subscriber per idea) and the fan-out (100,000 followers < 10 s) -----

    /**
     * notification-service's batch consumer draining a backlog of publications with one follower of the unit, piece
     * by piece as {@link Feeds#tellPiece} does; a poll of a backlog holds the v1 and the v2 of most publications
     * (the relay sends the v1 of a batch of ideas, then their v2), so both are told in one piece, which neither asks
     * for nor writes a marker of the news told. Counted like the scenario: publications (v1 events) a second.
     */
    void consumerDrain() {
        int publications = plan.consumerBacklog();
        inOwnDatabase("notification-service", (service, alone) -> {
            Feeds feeds = new Feeds(service, alone);
            Scenarios.insertUnitFollowers(feeds.subscriptions, 0, 1);
            List<Told> records = new ArrayList<>(2 * publications);
            for (int i = 0; i < publications; i++) {
                Instant publishedAt = Instant.now();
                String ideaId = TimeOrderedIds.random(publishedAt);
                records.add(new Told(ideaId, publishedAt, IdeaPublished.class));
                records.add(new Told(ideaId, publishedAt, IdeaPublishedV2.class));
            }
            long start = System.nanoTime();
            for (int from = 0; from < records.size(); from += EVENTS_PER_PIECE) {
                feeds.tellPiece(records.subList(from, Math.min(records.size(), from + EVENTS_PER_PIECE)));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double rate = publications / seconds;
            report.rate(SCENARIO, "the consumer's writes, backlog of " + publications
                            + " events, 1 follower per idea", rate, "events/s", null, ">= 5,000 events/s",
                    rate >= 5_000, String.format(Locale.ROOT, "%.1f s; idea.published v1 counted as the scenario "
                            + "does, each with its v2: %d records in pieces of %d; per piece: find of the inbox "
                            + "markers, the followers' query, the entries' bulk insert, the saved-search query, "
                            + "the markers' bulk insert", seconds, records.size(), EVENTS_PER_PIECE));
        });
    }

    /**
     * One publication to the followers of the unit, as the batch consumer tells it: its v1 comes alone in a poll (the
     * relay sends the v2 only after the broker acknowledged the v1), so it is one piece, which reads the 100,000
     * followers 1,000 a round trip, writes their entries 10,000 a bulk insert in id order while it reads them, and
     * with its inbox marker the marker of the news told; the v2 another, which finds that marker with its own and
     * tells only the saved searches.
     */
    void fanOut() {
        int followers = plan.fanOutFollowers();
        inOwnDatabase("notification-service", (service, alone) -> {
            Feeds feeds = new Feeds(service, alone);
            Scenarios.insertUnitFollowers(feeds.subscriptions, 0, followers);
            Instant publishedAt = Instant.now();
            String ideaId = TimeOrderedIds.random(publishedAt);
            ProcessorUse processor = ProcessorUse.of(stack);
            long start = System.nanoTime();
            long entries = feeds.tellPiece(List.of(new Told(ideaId, publishedAt, IdeaPublished.class)));
            double v1Seconds = (System.nanoTime() - start) / 1e9;
            long again = feeds.tellPiece(List.of(new Told(ideaId, publishedAt, IdeaPublishedV2.class)));
            double seconds = (System.nanoTime() - start) / 1e9;
            String processorUse = processor.per("fan-out", 1);
            if (entries != followers || again != 0) {
                throw new IllegalStateException("the store-alone fan-out wrote " + entries + " and " + again
                        + " entries for " + followers + " followers");
            }
            report.rate(SCENARIO, "the fan-out's writes, one idea to " + followers + " followers", seconds, "s",
                    null, followers >= 100_000 ? "< 10 s" : null, followers >= 100_000 ? seconds < 10 : null,
                    String.format(Locale.ROOT, "v1's piece %.2f s (%,.0f entries/s): reads the followers %d a "
                                    + "round trip and inserts the entries in id order %d a bulk insert, with the inbox "
                                    + "markers and the news told's; then v2's piece: the markers, which find the news "
                                    + "told, and the saved-search query; %s",
                            v1Seconds, followers / v1Seconds, FOLLOWERS_PER_FETCH, ENTRIES_PER_WRITE, processorUse));
        });
    }

    /** One record a piece tells: the publication of an idea at its time, as v1 or as v2. */
    private record Told(String ideaId, Instant publishedAt, Class<? extends Record> version) {
    }

    /** notification-service's collections in the store-alone database, and the commands of one piece. */
    private static final class Feeds {

        private final MongoCollection<Document> processed;
        private final MongoCollection<Document> subscriptions;
        private final MongoCollection<Document> notifications;

        Feeds(MongoDatabase service, MongoDatabase alone) {
            this.processed = withIndexesOf(service, alone, PROCESSED_EVENTS);
            this.subscriptions = withIndexesOf(service, alone, SUBSCRIPTIONS);
            this.notifications = withIndexesOf(service, alone, NOTIFICATIONS);
        }

        /**
         * The store commands of one piece of the batch consumer ({@code EventBatchConsumer.handle}), for events whose
         * ids begin with their time as the outbox makes them ({@code EventOutbox}, {@code TimeOrderedIds}), in order:
         * {@code ProcessedEvents.seenAmong}, a find of the markers by id ({@code $in}, only the ids): the events'
         * and, for a publication of which the piece holds one version only, the marker of its news told to its
         * audience ({@code EventBatchConsumer.sharing}, {@code News.toldToAudience}); {@code Feed.tell}:
         * {@code Followers.following} for the publications whose news was not told before (one query, an
         * {@code $or} of one condition per type of target with its ids in a list: the ideas, the unit, the field of
         * action; the fields a {@code Follower} has, read 1,000 a round trip) and the entries,
         * {@code MongoNotifications.insertNew} in id order, an unordered bulk insert per 10,000 (one entry per
         * follower and publication: v1 and v2 give the same id, and an entry written before is refused as a
         * duplicate and skipped, as {@code IdempotentInserts} does); when the piece has a v2, one query of the saved
         * searches that may match any of its publications; then {@code ProcessedEvents.rememberAll}, an unordered bulk
         * insert of the markers, with those of the news told now by a publication of which the piece holds one
         * version. Nothing is written for mails, digests or webhooks of in-app followers.
         *
         * @return the entries written now
         */
        long tellPiece(List<Told> piece) {
            List<Document> markers = new ArrayList<>();
            Map<String, Instant> ideaIds = new LinkedHashMap<>();
            Map<String, Integer> versions = new HashMap<>();
            for (Told told : piece) {
                String event = IDEA_SOURCE + "|" + TimeOrderedIds.random(Instant.now());
                markers.add(new Document("_id", IDEA_CONSUMER + "|" + event)
                        .append("consumer", IDEA_CONSUMER)
                        .append("event", event)
                        .append("type", EventCatalog.typeOf(told.version()))
                        .append("processedAt", new Date()));
                ideaIds.put(told.ideaId(), told.publishedAt());
                versions.merge(told.ideaId(), 1, Integer::sum);
            }
            Map<String, String> toldMarkerOf = new LinkedHashMap<>();
            versions.forEach((ideaId, count) -> {
                if (count == 1) {
                    toldMarkerOf.put(ideaId, IDEA_CONSUMER + "|outcome|idea.published|" + ideaId + " to CATEGORY:"
                            + SampleIdea.CATEGORY + ",IDEA:" + ideaId + ",UNIT:" + SampleIdea.UNIT);
                }
            });
            List<Object> asked = new ArrayList<>(markers.stream().map(marker -> marker.get("_id")).toList());
            asked.addAll(toldMarkerOf.values());
            Set<Object> found = new HashSet<>();
            processed.find(Filters.in("_id", asked)).projection(Projections.include("_id"))
                    .forEach(marker -> found.add(marker.get("_id")));
            Map<String, Instant> toTell = new LinkedHashMap<>(ideaIds);
            toldMarkerOf.forEach((ideaId, marker) -> {
                if (found.contains(marker)) {
                    toTell.remove(ideaId);
                }
            });
            long entries = toTell.isEmpty() ? 0 : tellFollowers(toTell);
            if (piece.stream().anyMatch(told -> told.version() == IdeaPublishedV2.class)) {
                // Feed.tell: one query of the saved searches that may match any of the piece's v2 publications
                subscriptions.find(Filters.and(Filters.eq("target.type", "SEARCH"),
                                Filters.or(Filters.in("profile.units", List.of(SampleIdea.UNIT)),
                                        Filters.eq("profile.anyUnit", true)),
                                Filters.or(Filters.in("profile.categories", List.of(SampleIdea.CATEGORY)),
                                        Filters.eq("profile.anyCategory", true))))
                        .batchSize(FOLLOWERS_PER_FETCH).into(new ArrayList<>());
            }
            toldMarkerOf.forEach((ideaId, marker) -> {
                if (!found.contains(marker)) {
                    markers.add(new Document("_id", marker).append("consumer", IDEA_CONSUMER)
                            .append("outcome", marker.substring((IDEA_CONSUMER + "|outcome|").length()))
                            .append("processedAt", new Date()));
                }
            });
            insertMissing(processed, markers);
            return entries;
        }

        /** {@code Followers.following} of the publications' targets and their entries, as the followers are read. */
        private long tellFollowers(Map<String, Instant> ideaIds) {
            // Followers.following: one condition per type of target, the ids in a list
            List<Bson> targets = List.of(target("IDEA", new TreeSet<>(ideaIds.keySet())),
                    target("UNIT", Set.of(SampleIdea.UNIT)), target("CATEGORY", Set.of(SampleIdea.CATEGORY)));
            long entries = 0;
            Map<String, Document> pending = new LinkedHashMap<>();
            try (MongoCursor<Document> following = subscriptions.find(Filters.or(targets))
                    .projection(Projections.include("subscriberId", "target", "channels", "language", "frequency"))
                    .batchSize(FOLLOWERS_PER_FETCH).iterator()) {
                while (following.hasNext()) {
                    Document follower = following.next();
                    Document target = follower.get("target", Document.class);
                    String subscriber = follower.getString("subscriberId");
                    Set<String> about = "IDEA".equals(target.getString("type")) ? Set.of(target.getString("_id"))
                            : ideaIds.keySet();
                    for (String ideaId : about) {
                        // the entry is the publication's (v1 and v2 alike), timed by it: Notification.of
                        Document entry = entry(subscriber, ideaId, ideaIds.get(ideaId));
                        pending.putIfAbsent(entry.getString("_id"), entry);
                    }
                    if (pending.size() >= ENTRIES_PER_WRITE || !following.hasNext()) {
                        // Feed.write: one write time for the write's entries
                        Date writtenAt = new Date();
                        pending.values().forEach(entry -> entry.put("writtenAt", writtenAt));
                        entries += insertMissing(notifications, pending.values().stream()
                                .sorted(Comparator.comparing((Document entry) -> entry.getString("_id"))).toList());
                        pending.clear();
                    }
                }
            }
            return entries;
        }

        /** One unordered bulk insert that skips the documents whose id exists ({@code IdempotentInserts}). */
        private static long insertMissing(MongoCollection<Document> collection, List<Document> documents) {
            try {
                collection.insertMany(documents, new InsertManyOptions().ordered(false));
                return documents.size();
            } catch (MongoBulkWriteException e) {
                if (e.getWriteErrors().stream().anyMatch(error -> error.getCode() != DUPLICATE_KEY)) {
                    throw e;
                }
                return documents.size() - e.getWriteErrors().size();
            }
        }

        /** The filter of one type of target as Spring Data maps {@code Target} ({@code id} as {@code _id}). */
        private static Bson target(String type, Set<String> ids) {
            return Filters.and(Filters.eq("target.type", type), Filters.in("target._id", ids));
        }

        /**
         * A feed entry as {@code MongoNotifications.toDocument} writes {@code Notification} (its {@code writtenAt}
         * set when it is written): its id as {@code Notification.idOf} makes it, its text in both languages as
         * {@code NotificationTexts} renders it.
         */
        private static Document entry(String subscriberId, String ideaId, Instant publishedAt) {
            Date time = Date.from(publishedAt);
            return new Document("_id", TimeOrderedIds.derived(publishedAt, subscriberId.length() + ":" + subscriberId
                    + "|idea.published|" + ideaId))
                    .append("subscriberId", subscriberId)
                    .append("eventType", EventCatalog.typeOf(IdeaPublished.class))
                    .append("subject", ideaId)
                    .append("unit", SampleIdea.UNIT)
                    .append("time", time)
                    .append("text", SampleIdea.feedText());
        }
    }
}
