package berlin.gemeinsam.benchmarks;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The scenarios on the running services: HTTP, end-to-end latency, pipeline throughput, fan-out, footprint. */
final class Scenarios {

    private static final String IDEA_PUBLISHED = "berlin.gemeinsam.idea.published.v1";
    private static final List<String> PUBLISHED = List.of("type=\"" + IDEA_PUBLISHED + "\"");
    private static final List<String> HANDLED = List.of("type=\"" + IDEA_PUBLISHED + "\"", "outcome=\"handled\"");
    /** Follows the unit from the start and watches its live stream in the latency runs. */
    private static final String LIVE_SUBSCRIBER = "follower-0";
    private static final int SETUP_CLIENTS = 16;
    /** notification-service's input binding for idea events (its function {@code ideaEvents}). */
    private static final String IDEA_EVENTS_BINDING = "ideaEvents-in-0";
    /**
     * How often the drain of a backlog is checked at most, on the small {@code /actuator/metrics} answer. Each
     * check costs the service a token check and a request on the two cores its consumer needs, so between the first
     * event and the end the driver waits half the time the drain so far says is left, up to a second.
     */
    private static final int DRAIN_POLL_MILLIS = 25;
    private static final int DRAIN_POLL_MAX_MILLIS = 1_000;
    static final int OPEN_LOOP_THREADS = 64;
    private static final long MB = 1024 * 1024;
    private static final String STARTED_ALONE = "started alone (the broker and the store running, no other "
            + "service), extracted jar";

    /** The status in the message of a call the service answered with another than the expected one. */
    private static final Pattern HTTP_STATUS = Pattern.compile("HTTP (\\d{3})");
    private static final Logger log = LoggerFactory.getLogger(Scenarios.class);

    private final LocalStack stack;
    private final Plan plan;
    private final Report report;
    private final ServiceApi ideas;
    private final ServiceApi notifications;
    private final Map<String, Long> residentUnderLoad = new LinkedHashMap<>();
    private int unitFollowers;

    Scenarios(LocalStack stack, Plan plan, Report report) {
        this.stack = stack;
        this.plan = plan;
        this.report = report;
        this.ideas = stack.api("ideas-service");
        this.notifications = stack.api("notification-service");
    }

    // --- 5. footprint -------------------------------------------------------------------------------------

    void startUpAndIdleFootprint() {
        stack.startUpTimes().forEach((service, took) -> report.rate("5 footprint", service + " start-up to ready",
                seconds(took.wall()), "s", null, "< 8 s", took.wall().compareTo(Duration.ofSeconds(8)) < 0,
                STARTED_ALONE + ", no archive" + cpuNote(took)));
        stack.archiveStartUpTimes().forEach((service, took) -> report.rate("5 footprint", service
                        + " start-up to ready with " + LocalStack.archiveKind(), seconds(took.startUp().wall()), "s",
                null, "< 4 s", took.startUp().wall().compareTo(Duration.ofSeconds(4)) < 0, STARTED_ALONE
                        + cpuNote(took.startUp()) + "; its training run " + seconds(took.training()) + " s"));
        Pause.of(plan.idleSettle());
        stack.services().forEach((service, process) -> {
            long rss = process.residentBytes().orElse(-1);
            report.rate("5 footprint", service + " resident memory, idle", rss / (double) MB, "MB", null,
                    "< 300 MB", rss >= 0 && rss < 300 * MB, "VmRSS, " + stack.serviceJvmOptions());
        });
        idleProcessor();
    }

    /**
     * What the stack uses when nothing is offered, after it settled: the services' pollers, the consumers' fetches
     * and heartbeats and the broker answering them take their share of the 2 cores from every measurement.
     */
    private void idleProcessor() {
        ProcessorUse idle = ProcessorUse.of(stack);
        Pause.of(plan.idleSettle());
        ProcessorUse.Spent spent = idle.spent();
        double idleSeconds = seconds(plan.idleSettle());
        report.rate("5 footprint", "processor of the idle stack (the broker, the store, the four services and the "
                        + "driver, nothing offered)", spent.millisInAll() / idleSeconds / 10, "% of a core", null,
                null, null, String.format(Locale.ROOT, "over %.0f s after %.0f s of rest; %s", idleSeconds,
                        idleSeconds, spent.per("second", idleSeconds)));
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    private static String cpuNote(LocalStack.StartUp took) {
        return took.cpu().map(cpu -> ", " + seconds(cpu) + " s CPU").orElse("");
    }

    void footprintUnderLoad() {
        residentUnderLoad.forEach((service, rss) -> report.rate("5 footprint", service
                        + " resident memory under load", rss / (double) MB, "MB", null, null, null,
                "max VmRSS at " + plan.footprintRate() + " ideas/s"));
    }

    // --- 4. HTTP ------------------------------------------------------------------------------------------

    /**
     * Submissions by 1, 16 and 64 clients, each count for the same time, after a warm-up with 16 clients until
     * ideas-service's JIT has settled ({@link JitWarmUp}). The one client's median is the target.
     */
    void httpSubmission() {
        JitWarmUp.Settled warm = JitWarmUp.run(ideas, plan.httpWarmup(), plan.jitSettleLimit(),
                window -> Workers.until(16, System.nanoTime() + window.toNanos(), ideas::submitIdea));
        for (int clients : plan.httpClients()) {
            Histogram latencies = new ConcurrentHistogram(TimeUnit.HOURS.toNanos(1), 3);
            double compiledBefore = JitWarmUp.compiledMillis(ideas);
            long start = System.nanoTime();
            Workers.until(clients, start + plan.httpDuration().toNanos(), () -> {
                long sent = System.nanoTime();
                ideas.submitIdea();
                Stats.record(latencies, System.nanoTime() - sent);
            });
            long took = System.nanoTime() - start;
            String compiling = JitWarmUp.during(JitWarmUp.compiledMillis(ideas) - compiledBefore, took);
            Stats stats = Stats.of(latencies);
            boolean target = clients == 1;
            report.latency("4 HTTP", "idea submissions, " + clients + " concurrent client" + (clients > 1 ? "s" : ""),
                    latencies.getTotalCount() / (took / 1e9), stats, target ? "median < 2 ms" : null,
                    target ? stats.medianMs() < 2 : null,
                    "POST /api/v1/ideas; " + (clients == plan.httpClients().get(0) ? warm.describe() + "; " : "")
                            + compiling);
        }
    }

    // --- 3. end-to-end latency ----------------------------------------------------------------------------

    void endToEndLatency() {
        followUnit(1);
        for (int rate : plan.offeredRates()) {
            latencyAt(rate);
        }
    }

    /**
     * Publishes drafts at a fixed rate (open loop: each publish is due at its intended time, whether or not the
     * ones before it have returned) and times each one until its entry arrives on the live stream. Measuring from
     * the intended time counts the waiting of requests the service was too slow to take (coordinated omission).
     */
    private void latencyAt(int rate) {
        int count = (int) (rate * plan.latencyDuration().toSeconds());
        List<String> drafts = drafts(count);
        Map<String, Integer> indexOf = new ConcurrentHashMap<>();
        for (int i = 0; i < count; i++) {
            indexOf.put(drafts.get(i), i);
        }
        long[] intended;
        long refusalsBefore = ideas.refusals();
        AtomicLongArray returned = new AtomicLongArray(count);
        AtomicLongArray arrived = new AtomicLongArray(count);
        Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
        ExecutorService senders = Executors.newFixedThreadPool(OPEN_LOOP_THREADS);
        ResidentSampler sampler = rate == plan.footprintRate() ? new ResidentSampler(stack) : null;
        long period = TimeUnit.SECONDS.toNanos(1) / rate;
        long drainEnd;
        String processorUse;
        ProcessorUse processor = ProcessorUse.of(stack);
        try (LiveStream stream = notifications.openLiveStream(LIVE_SUBSCRIBER, event -> {
            Integer index = indexOf.get(event.subject());
            if (index != null) {
                arrived.compareAndSet(index, 0, event.arrivedNanos());
            }
        })) {
            intended = offerOpenLoop(senders, count, period, index -> ideas.publishIdea(drafts.get(index)), returned,
                    e -> failures.computeIfAbsent(failureOf(e), kind -> new AtomicLong()).incrementAndGet());
            senders.shutdown();
            long deadline = System.nanoTime() + plan.drainTimeout().toNanos();
            awaitTermination(senders, deadline);
            while (System.nanoTime() < deadline && !allSet(arrived)) {
                Pause.millis(50);
            }
            drainEnd = System.nanoTime();
            processorUse = processor.per("publication", count);
        } finally {
            senders.shutdownNow();
            // the calls cut off here count as failed: wait until each has counted itself before the counts are read
            awaitTermination(senders, System.nanoTime() + TimeUnit.SECONDS.toNanos(10));
            if (sampler != null) {
                residentUnderLoad.putAll(sampler.stop());
            }
        }
        Histogram fromIntended = Stats.histogram();
        Histogram fromReturned = Stats.histogram();
        Histogram publishCall = Stats.histogram();
        int missing = 0;
        for (int i = 0; i < count; i++) {
            long arrival = arrived.get(i);
            if (returned.get(i) != 0) {
                Stats.record(publishCall, returned.get(i) - intended[i]);
            }
            if (arrival == 0) {
                missing++;
                Stats.record(fromIntended, drainEnd - intended[i]);
                continue;
            }
            Stats.record(fromIntended, arrival - intended[i]);
            if (returned.get(i) != 0) {
                Stats.record(fromReturned, arrival - returned.get(i));
            }
        }
        if (missing == count && rate == plan.offeredRates().get(0)) {
            // at the lowest rate, on a fresh pipeline, nothing arriving means the suite or the stream is broken
            throw new IllegalStateException("no entry arrived on the live stream at " + rate + " ideas/s");
        }
        String run = rate + " ideas/s for " + plan.latencyDuration().toSeconds() + " s";
        List<String> notes = new ArrayList<>();
        if (missing > 0) {
            notes.add(missing + " of " + count + " not arrived within " + plan.drainTimeout().toSeconds()
                    + " s after the run, counted with that time");
        }
        long refusals = ideas.refusals() - refusalsBefore;
        if (refusals > 0) {
            notes.add(refusals + " times a publish call was answered 503 with Retry-After and sent again after it");
        }
        long failed = failures.values().stream().mapToLong(AtomicLong::get).sum();
        if (failed > 0) {
            notes.add(failed + " publish calls failed (" + failures.entrySet().stream()
                    .map(kind -> kind.getKey() + ": " + kind.getValue().get()).sorted()
                    .collect(Collectors.joining(", ")) + ")");
        }
        notes.add(processorUse);
        Stats corrected = Stats.of(fromIntended);
        boolean targetRate = rate == 500;
        report.latency("3 end-to-end latency", run + ": intended send -> SSE arrival (CO-corrected)", rate,
                corrected, targetRate ? "p99 < 500 ms at 500/s" : null,
                targetRate ? missing == 0 && corrected.p99Ms() < 500 : null, String.join("; ", notes));
        report.latency("3 end-to-end latency", run + ": publish call returned -> SSE arrival", rate,
                Stats.of(fromReturned), null, null, null);
        report.latency("3 end-to-end latency", run + ": publish call, intended send -> returned", rate,
                Stats.of(publishCall), null, null, null);
    }

    /**
     * What a failed call met: the status the service answered, or what the client's call failed with. A blocking
     * call is not interrupted, so a call cut off by the driver was waiting to retry after a 503.
     */
    private static String failureOf(RuntimeException e) {
        if (e instanceof ServiceApi.RetryCutOff) {
            return "answered 503, its retry cut off when the driver stopped waiting";
        }
        Matcher status = HTTP_STATUS.matcher(String.valueOf(e.getMessage()));
        if (status.find()) {
            return "HTTP " + status.group(1);
        }
        Throwable cause = e.getCause() == null ? e : e.getCause();
        return cause.getClass().getSimpleName();
    }

    private static boolean allSet(AtomicLongArray values) {
        for (int i = 0; i < values.length(); i++) {
            if (values.get(i) == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Starts call {@code i} at its intended time, {@code periodNanos} after the one before, on {@code senders},
     * whether or not the calls before it are done (open loop), and sets {@code done[i]} when it returns: measuring
     * from the intended times counts the waiting of calls the system was too slow to take (coordinated omission).
     */
    static long[] offerOpenLoop(ExecutorService senders, int count, long periodNanos, IntConsumer call,
                                AtomicLongArray done, Consumer<RuntimeException> failed) {
        long[] intended = new long[count];
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
        for (int i = 0; i < count; i++) {
            int index = i;
            intended[i] = start + i * periodNanos;
            Pause.until(intended[i]);
            senders.execute(() -> {
                try {
                    call.accept(index);
                    done.set(index, System.nanoTime());
                } catch (RuntimeException e) {
                    failed.accept(e);
                }
            });
        }
        return intended;
    }

    static void awaitTermination(ExecutorService pool, long deadline) {
        try {
            pool.awaitTermination(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // --- 2. pipeline throughput ---------------------------------------------------------------------------

    /**
     * Two runs per subscriber count. End to end: publishes a batch of drafts as fast as 16 clients can and times it
     * until notification-service has handled the last event (its entries written, the event marked processed), read
     * from the services' own counters; the publish API and the relay come first, so this is the pipeline's figure,
     * not the consumer's. Then the consumer instance alone: see {@link #consumerAlone}.
     */
    void pipelineThroughput(RawLimits.Limits limits) {
        for (int subscribers : plan.subscribersPerIdea()) {
            followUnit(subscribers);
            int count = plan.pipelineEventsFor(subscribers);
            List<String> drafts = drafts(count);
            double publishedBefore = ideas.counter("gemeinsam_events_published_total", PUBLISHED);
            double handledBefore = notifications.counter("gemeinsam_events_consumed_total", HANDLED);
            ProcessorUse processor = ProcessorUse.of(stack);
            long start = System.nanoTime();
            AtomicLong apiDone = new AtomicLong();
            AtomicReference<RuntimeException> apiFailure = new AtomicReference<>();
            Thread publishers = new Thread(() -> {
                try {
                    Workers.times(SETUP_CLIENTS, count, i -> ideas.publishIdea(drafts.get(i)));
                    apiDone.set(System.nanoTime());
                } catch (RuntimeException e) {
                    apiFailure.set(e);
                }
            }, "pipeline-publishers");
            publishers.start();
            long relayDone = 0;
            long done = 0;
            long deadline = start + closedRunTimeout().toNanos();
            while (done == 0 && System.nanoTime() < deadline) {
                Pause.millis(100);
                if (relayDone == 0
                        && ideas.counter("gemeinsam_events_published_total", PUBLISHED) - publishedBefore >= count) {
                    relayDone = System.nanoTime();
                }
                if (notifications.counter("gemeinsam_events_consumed_total", HANDLED) - handledBefore >= count) {
                    done = System.nanoTime();
                }
            }
            join(publishers);
            if (apiFailure.get() != null) {
                throw apiFailure.get();
            }
            if (done == 0) {
                throw new IllegalStateException("notification-service did not handle " + count + " events within "
                        + closedRunTimeout().toSeconds() + " s");
            }
            String processorUse = processor.per("publication", count);
            double seconds = (done - start) / 1e9;
            double events = count / seconds;
            double entries = (double) count * subscribers / seconds;
            String scenario = "2 pipeline throughput";
            String per = per(subscribers);
            report.rate(scenario, per + ": end to end, events published through the API -> feeds written", events,
                    "events/s", events / limits.producerPerSecond(), null, null,
                    count + " events, ratio to the raw producer; " + processorUse);
            report.rate(scenario, per + ": end to end, feed entries written", entries, "entries/s",
                    entries / limits.upsertsPerSecond(), null, null, "ratio to raw single upserts");
            report.rate(scenario, per + ": publish API calls alone", count / ((apiDone.get() - start) / 1e9),
                    "calls/s", null, null, null, SETUP_CLIENTS + " clients");
            if (relayDone != 0) {
                report.rate(scenario, per + ": relay acknowledged by the broker", count / ((relayDone - start) / 1e9),
                        "events/s", (count / ((relayDone - start) / 1e9)) / limits.producerPerSecond(), null, null,
                        "ratio to the raw producer");
            }
            if (subscribers == 1) {
                consumerAlone(subscribers, limits, true);
            }
            consumerAlone(subscribers, limits, false);
        }
    }

    /**
     * What one consumer instance does with a backlog, without the publish API and the relay in front of it: stops
     * notification-service's {@value #IDEA_EVENTS_BINDING} binding (Spring Cloud Stream's actuator bindings
     * endpoint, as the unit's admin), publishes the drafts through the API, waits until ideas-service's relay has
     * published them all, then starts the binding and times from that call until notification-service has handled
     * all of them. The time includes the consumer rejoining its group; the note says how long that took. With one
     * subscriber the backlog is as large as the target asks (20,000 in the full plan), with more the
     * pipeline run's. The target's figure comes from a second drain of a backlog as large: in the first, the JIT
     * compiles the consumer's path while it drains (up to a third of a core on 2, BENCHMARKS.md "Session 12: the
     * JIT's warm-up"); that one is reported too, without the target, as {@code coldJit}.
     */
    private void consumerAlone(int subscribers, RawLimits.Limits limits, boolean coldJit) {
        int count = plan.consumerBacklogFor(subscribers);
        List<String> drafts = drafts(count);
        double publishedBefore = ideas.counter("gemeinsam_events_published_total", PUBLISHED);
        double handledBefore = handledCount();
        notifications.changeBinding(IDEA_EVENTS_BINDING, "STOPPED");
        boolean started = false;
        try {
            Workers.times(SETUP_CLIENTS, count, i -> ideas.publishIdea(drafts.get(i)));
            long deadline = System.nanoTime() + closedRunTimeout().toNanos();
            while (ideas.counter("gemeinsam_events_published_total", PUBLISHED) - publishedBefore < count) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("ideas-service's relay did not publish " + count
                            + " events within " + closedRunTimeout().toSeconds() + " s");
                }
                Pause.millis(100);
            }
            double handledWhileStopped = handledCount() - handledBefore;
            if (handledWhileStopped > 0) {
                throw new IllegalStateException("notification-service handled " + handledWhileStopped
                        + " events while its binding " + IDEA_EVENTS_BINDING + " was stopped");
            }
            double compiledBefore = JitWarmUp.compiledMillis(notifications);
            long start = System.nanoTime();
            notifications.changeBinding(IDEA_EVENTS_BINDING, "STARTED");
            started = true;
            long first = 0;
            double handledAtFirst = 0;
            long done = 0;
            deadline = start + closedRunTimeout().toNanos();
            while (done == 0 && System.nanoTime() < deadline) {
                double handled = handledCount() - handledBefore;
                long now = System.nanoTime();
                if (first == 0 && handled > 0) {
                    first = now;
                    handledAtFirst = handled;
                }
                if (handled >= count) {
                    done = now;
                } else {
                    Pause.millis(untilNextCheck(first, handledAtFirst, now, handled, count));
                }
            }
            if (done == 0) {
                throw new IllegalStateException("notification-service did not drain a backlog of " + count
                        + " events within " + closedRunTimeout().toSeconds() + " s");
            }
            String compiling = JitWarmUp.during(JitWarmUp.compiledMillis(notifications) - compiledBefore,
                    System.nanoTime() - start);
            double events = count / ((done - start) / 1e9);
            boolean target = subscribers == 1 && !coldJit;
            String note = String.format(Locale.ROOT, "%d events%s; first handled %.2f s after the start call%s; "
                            + "%s%s; ratio to the raw consumer", count, count == plan.pipelineEventsFor(subscribers)
                            ? "" : " (the end-to-end run: " + plan.pipelineEventsFor(subscribers) + ")",
                    (first - start) / 1e9,
                    done > first ? String.format(Locale.ROOT, ", %s events/s from then on",
                            Report.format((count - handledAtFirst) / ((done - first) / 1e9))) : "",
                    target ? "the second drain of the run, after one as large; " : "", compiling);
            report.rate("2 pipeline throughput", per(subscribers)
                            + ": consumer instance alone, backlog drained after the binding started"
                            + (coldJit ? ", first drain" : ""), events,
                    "events/s", events / limits.consumerPerSecond(), target ? ">= 5,000 events/s" : null,
                    target ? events >= 5_000 : null, note);
        } finally {
            if (!started) {
                notifications.changeBinding(IDEA_EVENTS_BINDING, "STARTED");
            }
        }
    }

    /** Half the time left at the rate since the first event handled, within the drain's polling bounds. */
    private static long untilNextCheck(long first, double handledAtFirst, long now, double handled, int count) {
        double perNano = first == 0 || now == first ? 0 : (handled - handledAtFirst) / (now - first);
        if (perNano <= 0) {
            return DRAIN_POLL_MILLIS;
        }
        long leftMillis = (long) ((count - handled) / perNano / 1e6);
        return Math.max(DRAIN_POLL_MILLIS, Math.min(DRAIN_POLL_MAX_MILLIS, leftMillis / 2));
    }

    private double handledCount() {
        return notifications.count("gemeinsam.events.consumed", "type:" + IDEA_PUBLISHED, "outcome:handled");
    }

    private static String per(int subscribers) {
        return subscribers + " subscriber" + (subscribers > 1 ? "s" : "") + " per idea";
    }

    /** A run that publishes a fixed number of events ends when they are handled, or fails after this. */
    private Duration closedRunTimeout() {
        return plan.drainTimeout().multipliedBy(4);
    }

    // --- 6. fan-out ---------------------------------------------------------------------------------------

    /**
     * One idea to all followers of the unit. The followers are stored directly (as notification-service stores
     * them), because following them one by one through the API would take longer than the fan-out itself.
     */
    void fanOut() {
        int followers = plan.fanOutFollowers();
        addUnitFollowersInStore(followers - unitFollowers);
        try {
            String idea = ideas.submitIdea();
            double handledBefore = notifications.counter("gemeinsam_events_consumed_total", HANDLED);
            ProcessorUse processor = ProcessorUse.of(stack);
            ideas.publishIdea(idea);
            long published = System.nanoTime();
            long deadline = published + closedRunTimeout().toNanos();
            long done = 0;
            while (done == 0 && System.nanoTime() < deadline) {
                Pause.millis(50);
                if (notifications.counter("gemeinsam_events_consumed_total", HANDLED) - handledBefore >= 1) {
                    done = System.nanoTime();
                }
            }
            if (done == 0) {
                throw new IllegalStateException("the fan-out to " + followers + " followers did not finish within "
                        + closedRunTimeout().toSeconds() + " s");
            }
            String processorUse = processor.per("fan-out", 1);
            double seconds = (done - published) / 1e9;
            OptionalLong written = entriesAbout(idea);
            if (written.isPresent() && written.getAsLong() != followers) {
                throw new IllegalStateException("fan-out wrote " + written.getAsLong() + " entries for " + followers
                        + " followers");
            }
            report.rate("6 fan-out", "one idea to " + followers
                            + " followers: publish returned -> last entry written", seconds, "s", null,
                    followers >= 100_000 ? "< 10 s" : null, followers >= 100_000 ? seconds < 10 : null,
                    String.format(Locale.ROOT, "%,.0f entries/s, %s; %s", followers / seconds,
                            written.isPresent() ? "all counted in the store" : "not counted: the store failed",
                            processorUse));
        } finally {
            keepOnlyTheLiveSubscriber();
        }
    }

    /**
     * Counts the entries by a full scan in the embedded store, which fails now and then on a large collection
     * ("MVStoreException: Chunk not found", the store's own fault). Then the figure stands without the count: the
     * consumer marks an event handled only after all its entries were written.
     */
    private OptionalLong entriesAbout(String idea) {
        for (int attempt = 0; attempt < 3; attempt++) {
            try (MongoClient client = MongoClients.create(stack.storeUri())) {
                return OptionalLong.of(notificationsCollection(client).countDocuments(Filters.eq("subject", idea)));
            } catch (RuntimeException e) {
                log.warn("Counting the fan-out's entries failed: {}", e.getMessage());
            }
        }
        return OptionalLong.empty();
    }

    private void addUnitFollowersInStore(int extra) {
        try (MongoClient client = MongoClients.create(stack.storeUri())) {
            insertUnitFollowers(client.getDatabase("gemeinsam-" + SampleIdea.UNIT + "-notification-service")
                    .getCollection("subscription"), unitFollowers, extra);
        }
        unitFollowers += extra;
        log.info("{} followers of unit {} now", unitFollowers, SampleIdea.UNIT);
    }

    /**
     * Subscriptions of the unit as notification-service stores them (its {@code Subscription}, in-app only), for the
     * subscribers {@code follower-<from>} on, 1,000 an insert.
     */
    static void insertUnitFollowers(MongoCollection<Document> subscriptions, int from, int count) {
        List<Document> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String subscriber = "follower-" + (from + i);
            batch.add(new Document("_id", "benchmark-" + subscriber)
                    .append("subscriberId", subscriber)
                    .append("target", new Document("type", "UNIT").append("_id", SampleIdea.UNIT))
                    .append("createdAt", new Date()));
            if (batch.size() == 1_000 || i == count - 1) {
                subscriptions.insertMany(batch);
                batch.clear();
            }
        }
    }

    /** The latency runs measure one subscriber's entries, not a fan-out to the followers added before. */
    private void keepOnlyTheLiveSubscriber() {
        try (MongoClient client = MongoClients.create(stack.storeUri())) {
            client.getDatabase("gemeinsam-" + SampleIdea.UNIT + "-notification-service").getCollection("subscription")
                    .deleteMany(Filters.ne("subscriberId", LIVE_SUBSCRIBER));
        }
        unitFollowers = 1;
    }

    private static MongoCollection<Document> notificationsCollection(MongoClient client) {
        return client.getDatabase("gemeinsam-" + SampleIdea.UNIT + "-notification-service").getCollection("notification");
    }

    // --- set-up -------------------------------------------------------------------------------------------

    /** Brings the unit's followers up to {@code count}, through the API. */
    private void followUnit(int count) {
        int from = unitFollowers;
        if (count > from) {
            Workers.times(SETUP_CLIENTS, count - from,
                    i -> notifications.follow("follower-" + (from + i), "UNIT", SampleIdea.UNIT));
            unitFollowers = count;
        }
    }

    /**
     * Drafts to publish later, so that a run offers publishes only. One is submitted through the API; the others
     * are copies of its document with ids of their own, stored directly, because submitting tens of thousands
     * through the API would take longer than the runs themselves (their speed is scenario 4's).
     */
    private List<String> drafts(int count) {
        String template = ideas.submitIdea();
        try (MongoClient client = MongoClients.create(stack.storeUri())) {
            MongoCollection<Document> collection = client.getDatabase("gemeinsam-" + SampleIdea.UNIT
                    + "-ideas-service").getCollection("idea");
            return storeCopies(collection, storedIdea(collection, template), count,
                    () -> java.util.UUID.randomUUID().toString());
        }
    }

    /** Copies of the idea's document with ids of their own, 1,000 an insert; answers their ids. */
    static List<String> storeCopies(MongoCollection<Document> collection, Document idea, int count,
                                    Supplier<String> ids) {
        List<String> copies = new ArrayList<>(count);
        List<Document> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = ids.get();
            Document copy = new Document(idea);
            copy.put("_id", id);
            batch.add(copy);
            copies.add(id);
            if (batch.size() == 1_000 || i == count - 1) {
                collection.insertMany(batch);
                batch.clear();
            }
        }
        return copies;
    }

    /** The idea's document as ideas-service stored it. */
    static Document storedIdea(MongoCollection<Document> ideas, String id) {
        Document idea = ideas.find(Filters.eq("_id", id)).first();
        if (idea == null) {
            throw new IllegalStateException("idea " + id + " not found in the store");
        }
        return idea;
    }

    static void join(Thread thread) {
        try {
            thread.join(TimeUnit.MINUTES.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The highest resident memory of each service while a run goes on, read every half second. */
    private static final class ResidentSampler {

        private final Map<String, Long> highest = new ConcurrentHashMap<>();
        private final Thread thread;
        private volatile boolean running = true;

        ResidentSampler(LocalStack stack) {
            thread = new Thread(() -> {
                while (running) {
                    stack.services().forEach((service, process) -> process.residentBytes()
                            .ifPresent(rss -> highest.merge(service, rss, Math::max)));
                    try {
                        Thread.sleep(500);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "resident-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        Map<String, Long> stop() {
            running = false;
            thread.interrupt();
            join(thread);
            Map<String, Long> result = new LinkedHashMap<>();
            for (String service : LocalStack.SERVICES) {
                if (highest.containsKey(service)) {
                    result.put(service, highest.get(service));
                }
            }
            return result;
        }
    }

    static Set<String> names() {
        return Set.of("2 pipeline throughput", "3 end-to-end latency", "4 HTTP", "5 footprint", "6 fan-out");
    }
}
