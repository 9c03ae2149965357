package berlin.gemeinsam.systemtests;

import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.TestIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fault suite: the packaged services, the Kafka broker and the document store each as its own process of one
 * stack for unit mitte, and in turn each fault the issue names, while ideas are published and supported through the
 * API. After each fault the stack is recovered and the suite checks what a user would notice: every publication that
 * was answered 2xx is still published in ideas-service, and every published idea reached participation-service and
 * the feed of a follower of mitte exactly once; every support answered 2xx is counted once in ideas-service.
 * {@code lost} counts what was acknowledged (or shows as published) but is missing anywhere, {@code duplicated} a
 * feed entry or count twice; both must be 0. {@code resent} (information only) counts events the topic holds twice:
 * it shows that the fault hit the window between a send and its removal from the outbox.
 *
 * <p>Size: {@code -Dgemeinsam.faults.ideas} publications per scenario (30 by default; the Maven profile
 * {@code faults-large} runs more).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultSuiteTest {

    private static final Logger log = LoggerFactory.getLogger(FaultSuiteTest.class);
    private static final TestIssuer ISSUER = TestIssuer.get();
    private static final String UNIT = "mitte";
    private static final String PUBLISHED = "berlin.gemeinsam.idea.published.v1";
    private static final int IDEAS = Integer.getInteger("gemeinsam.faults.ideas", 30);
    /** The services' producer gives up on a send after this (gemeinsam.producer.delivery-timeout). */
    private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration STORE_PAUSE = Duration.ofSeconds(8);
    private static final Duration START_UP = Duration.ofSeconds(180);
    private static final Duration RECOVERY = Duration.ofSeconds(120);
    /** How long to watch after everything arrived: a second copy would show up meanwhile. */
    private static final Duration SETTLE = Duration.ofSeconds(3);
    private static final int CLIENTS = 4;
    /** Followers of mitte besides the suite's one while a consumer is killed mid-batch. */
    private static final int CROWD = 150;
    private static final HttpClient LIVE_STREAMS = HttpClient.newHttpClient();
    private static final Path DATA = Path.of(System.getProperty("gemeinsam.repository.root", ".."))
            .resolve("system-tests/target/fault-suite");

    private final Map<String, Outcome> outcomes = new LinkedHashMap<>();
    private final Map<String, Integer> redeliveries = new HashMap<>();
    private final List<ServiceProcess> processes = new ArrayList<>();
    private ServiceProcess broker;
    private ServiceProcess store;
    private ServiceProcess ideasService;
    private ServiceProcess participationService;
    private ServiceProcess notificationService;
    private HttpApi ideas;
    private HttpApi participation;
    private HttpApi notifications;
    private TopicObserver topic;
    private String follower;
    /** Published ideas participation-service knows of: the next scenario supports them during its fault. */
    private List<String> supportable = List.of();
    private int scenarioNumber;

    @BeforeAll
    void startTheStack() throws IOException {
        ServiceProcess.deleteRecursively(DATA);
        broker = ServiceProcess.kafkaBroker(DATA.resolve("kafka"));
        processes.add(broker);
        store = ServiceProcess.documentStore(DATA.resolve("store"));
        processes.add(store);
        broker.awaitReady(START_UP);
        store.awaitReady(START_UP);
        String kafka = "127.0.0.1:" + broker.port();
        String mongo = "mongodb://127.0.0.1:" + store.port();
        String[] settings = {
                "--gemeinsam.producer.delivery-timeout=" + DELIVERY_TIMEOUT.toSeconds() + "s",
                // one moderator publishes everything
                "--gemeinsam.security.writes-per-minute=1000000",
                // a killed consumer's partitions go to its successor within seconds (6 s is the broker's minimum)
                "--spring.cloud.stream.kafka.binder.consumer-properties.session.timeout.ms=6000",
                "--spring.cloud.stream.kafka.binder.consumer-properties.heartbeat.interval.ms=1000"};
        ideasService = ServiceProcess.start("ideas-service", UNIT, kafka, mongo, settings);
        participationService = ServiceProcess.start("participation-service", UNIT, kafka, mongo, settings);
        notificationService = ServiceProcess.start("notification-service", UNIT, kafka, mongo, settings);
        processes.addAll(List.of(ideasService, participationService, notificationService));
        awaitReady(ideasService, participationService, notificationService);
        ideas = HttpApi.on(ideasService.port());
        participation = HttpApi.on(participationService.port());
        notifications = HttpApi.on(notificationService.port());
        topic = new TopicObserver(kafka, "gemeinsam." + UNIT + ".ideas", PUBLISHED);

        follower = "follower-" + UUID.randomUUID();
        HttpApi.Response follows = notifications.withToken(ISSUER.citizen(follower)).post("/api/v1/subscriptions",
                "{\"subscriberId\":\"%s\",\"target\":{\"type\":\"UNIT\",\"id\":\"%s\"}}".formatted(follower, UNIT));
        assertThat(follows.status()).isEqualTo(201);
        // ideas for the first scenario to support, published while nothing fails
        scenario("warm-up", load -> {
            load.start();
            load.awaitAnswers();
        });
    }

    @AfterAll
    void stopTheStack() {
        if (topic != null) {
            topic.close();
        }
        // services first, while broker and store still answer
        List<ServiceProcess> stopping = new ArrayList<>(processes);
        Collections.reverse(stopping);
        stopping.forEach(ServiceProcess::close);
        StringBuilder table = new StringBuilder(String.format("fault suite, %d publications per scenario:%n", IDEAS))
                .append(String.format("%-28s %12s %9s %5s %11s %7s %12s%n", "scenario", "acknowledged", "consumed",
                        "lost", "duplicated", "resent", "redelivered"));
        outcomes.forEach((name, outcome) -> table.append(String.format("%-28s %12d %9d %5d %11d %7d %12d%n", name,
                outcome.acknowledged(), outcome.consumed(), outcome.lost(), outcome.duplicated(), outcome.resent(),
                redeliveries.get(name))));
        log.info("{}", table);
    }

    @Test
    @Order(1)
    void brokerPausedBeyondTheDeliveryTimeout() {
        assertNothingLostOrDuplicated(scenario("broker paused", load -> {
            broker.pause();
            long pausedAt = System.nanoTime();
            load.start();
            load.awaitAnswers();
            // every send of the relay fails meanwhile, at least once
            sleepUntil(pausedAt + DELIVERY_TIMEOUT.multipliedBy(2).plusSeconds(2).toNanos());
            broker.resume();
        }));
    }

    @Test
    @Order(2)
    void brokerKilledAndRestarted() {
        assertNothingLostOrDuplicated(scenario("broker killed", load -> {
            broker.kill();
            load.start();
            load.awaitAnswers();
            broker.restart();
            broker.awaitReady(START_UP);
        }));
    }

    @Test
    @Order(3)
    void storePaused() {
        assertNothingLostOrDuplicated(scenario("store paused", load -> {
            load.start();
            load.awaitAcknowledged(IDEAS / 3);
            store.pause();
            sleep(STORE_PAUSE);
            store.resume();
            load.awaitAnswers();
        }));
    }

    @Test
    @Order(4)
    void consumerServiceKilledInTheMiddleOfABatch() {
        assertNothingLostOrDuplicated(scenario("consumer killed mid-batch", load -> {
            // more followers make the batch's feed entries take several writes (1,000 entries each); the live streams
            // of all followers tell the first write, and the process dies during the others
            Map<String, String> crowd = follow(CROWD, "crowd-" + scenarioNumber);
            // a backlog for notification-service to drain in one batch
            setIdeaEventsBinding("STOPPED");
            load.start();
            load.awaitAnswers();
            await("the publications on the topic", () -> load.acknowledgedIdeas().stream().allMatch(topic::has));
            CountDownLatch firstEntry = new CountDownLatch(1);
            openLiveStream(follower, firstEntry);
            crowd.keySet().forEach(subscriber -> openLiveStream(subscriber, firstEntry));
            setIdeaEventsBinding("STARTED");
            await("the first feed entry on the live stream", firstEntry);
            notificationService.kill();
            notificationService.restart();
            awaitReady(notificationService);
            await("the feed entries", () -> feedEntries().keySet().containsAll(load.acknowledgedIdeas()));
            log.info("fault scenario consumer killed mid-batch: the restarted notification-service received {} "
                    + "events of the batch again", consumedBy(notifications, "handled")
                    + consumedBy(notifications, "duplicate"));
            unfollow(crowd);
        }));
    }

    @Test
    @Order(5)
    void producerServiceKilledBetweenSendAndRemovalFromTheOutbox() {
        assertNothingLostOrDuplicated(scenario("producer killed after send", load -> {
            // the relay's sends wait for a paused broker; the store goes down meanwhile (a paused one would still
            // take the removal from its socket once resumed), so the acknowledged events stay in the outbox, and
            // the process dies then
            long logged = ideasService.logSize();
            broker.pause();
            load.start();
            load.awaitAnswers();
            await("the relay giving up on a send", () -> ideasService.loggedSince(logged, "not acknowledged"));
            // then the relay sends again at once (the events it had not tried yet) or after its retry interval (2 s,
            // all of them), and waits for the answers for up to the delivery timeout: it is waiting now
            sleep(Duration.ofSeconds(3));
            store.kill();
            broker.resume();
            // if the relay was not waiting after all, nothing arrives, and the kill hits no window (resent stays 0)
            if (within(DELIVERY_TIMEOUT.multipliedBy(2), () -> load.ideas().stream().anyMatch(topic::has))) {
                // the acknowledgements of the relay's whole pass arrive meanwhile
                sleep(Duration.ofSeconds(1));
            }
            ideasService.kill();
            store.restart();
            store.awaitReady(START_UP);
            ideasService.restart();
            awaitReady(ideasService);
        }));
    }

    @Test
    @Order(6)
    void storeKilledAndRestarted() {
        assertNothingLostOrDuplicated(scenario("store killed", load -> {
            load.start();
            load.awaitAcknowledged(IDEAS * 2 / 3);
            store.kill();
            store.restart();
            store.awaitReady(START_UP);
            load.awaitAnswers();
        }));
    }

    @Test
    @Order(7)
    void wholeStackKilledAndRestarted() {
        assertNothingLostOrDuplicated(scenario("whole stack killed", load -> {
            load.start();
            load.awaitAcknowledged(IDEAS / 2);
            ServiceProcess.killAtOnce(processes);
            load.awaitAnswers();
            broker.restart();
            store.restart();
            broker.awaitReady(START_UP);
            store.awaitReady(START_UP);
            ideasService.restart();
            participationService.restart();
            notificationService.restart();
            awaitReady(ideasService, participationService, notificationService);
        }));
    }

    // --- one scenario --------------------------------------------------------------------------------------------

    private interface Fault {
        void injectDuring(Load load);
    }

    /**
     * Submits the scenario's ideas while nothing fails, then lets the fault run the load (their publications and
     * supports of the previous scenario's ideas) at its moment, and measures once the stack has recovered.
     */
    private Outcome scenario(String name, Fault fault) {
        int number = ++scenarioNumber;
        List<String> submitted = new ArrayList<>();
        for (int i = 0; i < IDEAS; i++) {
            HttpApi.Response idea = ideas.withToken(ISSUER.citizen("author-" + number)).post("/api/v1/ideas",
                    "{\"title\":\"Idee %d.%d\",\"problem\":\"Problem %d der Störung %s\"}"
                            .formatted(number, i, i, name));
            assertThat(idea.status()).as("submitting while nothing fails").isEqualTo(201);
            submitted.add(idea.field("id"));
        }
        Load load = new Load(number, submitted, supportable);
        RepeatsDropped repeatsBefore = repeatsDropped();
        try {
            fault.injectDuring(load);
        } finally {
            load.close();
        }
        Outcome outcome = measure(load);
        long deadline = System.nanoTime() + RECOVERY.toNanos();
        while (!outcome.complete() && System.nanoTime() < deadline) {
            sleep(Duration.ofMillis(500));
            outcome = measure(load);
        }
        sleep(SETTLE);
        outcome = measure(load);
        outcomes.put(name, outcome);
        int redelivered = repeatsDropped().since(repeatsBefore);
        redeliveries.put(name, redelivered);
        log.info("fault scenario {}: acknowledged {}, consumed {}, lost {}, duplicated {} (resent on the topic {}, "
                        + "repeats dropped by the consumers {})", name, outcome.acknowledged(), outcome.consumed(),
                outcome.lost(), outcome.duplicated(), outcome.resent(), redelivered);
        outcome.missing().forEach(problem -> log.warn("fault scenario {}: {}", name, problem));
        supportable = outcome.reachedParticipation();
        return outcome;
    }

    private static void assertNothingLostOrDuplicated(Outcome outcome) {
        assertThat(outcome.missing()).as("lost").isEmpty();
        assertThat(outcome.lost()).as("lost").isZero();
        assertThat(outcome.duplicated()).as("duplicated").isZero();
    }

    /** What arrived where, read through the APIs. */
    private Outcome measure(Load load) {
        Map<String, Integer> feed = feedEntries();
        List<String> missing = new ArrayList<>();
        List<String> reachedParticipation = new ArrayList<>();
        int consumed = 0;
        int duplicated = 0;
        int resent = 0;
        for (String id : load.ideas()) {
            boolean acknowledged = load.acknowledgedIdeas().contains(id);
            HttpApi.Response idea = ideas.get("/api/v1/ideas/" + id);
            boolean published = "PUBLISHED".equals(idea.field("status"));
            if (acknowledged && !published) {
                missing.add("publication of " + id + " answered 2xx, but the idea is " + idea.status() + " "
                        + idea.field("status"));
            }
            if (!published) {
                continue;
            }
            resent += topic.resent(id);
            boolean known = participation.get("/api/v1/ideas/" + id + "/supports/summary").status() == 200;
            int told = feed.getOrDefault(id, 0);
            if (known) {
                reachedParticipation.add(id);
            } else {
                missing.add("published idea " + id + " unknown to participation-service");
            }
            if (told == 0) {
                missing.add("published idea " + id + " not in the follower's feed");
            }
            duplicated += Math.max(0, told - 1);
            if (known && told > 0) {
                consumed++;
            }
        }
        for (String id : load.supportedIdeas()) {
            boolean acknowledged = load.acknowledgedSupports().contains(id);
            long given = participation.get("/api/v1/ideas/" + id + "/supports/summary").json().path("total").asLong();
            long counted = ideas.get("/api/v1/ideas/" + id).json().path("supportCount").asLong();
            if (acknowledged && given == 0) {
                missing.add("support of " + id + " answered 2xx, but participation-service has none");
            }
            if (counted < given) {
                missing.add("support of " + id + " not counted in ideas-service (" + counted + " of " + given + ")");
            }
            duplicated += (int) Math.max(0, counted - given) + (int) Math.max(0, given - 1);
            if (given > 0 && counted == given) {
                consumed++;
            }
        }
        return new Outcome(load.acknowledgedIdeas().size() + load.acknowledgedSupports().size(), consumed,
                missing, duplicated, resent, reachedParticipation);
    }

    /**
     * @param missing              what was acknowledged (or shows as published) but is missing somewhere
     * @param reachedParticipation the published ideas participation-service knows of
     */
    private record Outcome(int acknowledged, int consumed, List<String> missing, int duplicated, int resent,
                           List<String> reachedParticipation) {

        int lost() {
            return missing.size();
        }

        boolean complete() {
            return missing.isEmpty();
        }
    }

    /**
     * Events participation- and notification-service received again and dropped as handled before, as their metrics
     * count them ({@code gemeinsam_events_consumed_total{outcome="duplicate"}}) since each process started.
     */
    private RepeatsDropped repeatsDropped() {
        return new RepeatsDropped(participationService.pid(), repeatsDroppedBy(participation),
                notificationService.pid(), repeatsDroppedBy(notifications));
    }

    private static int repeatsDroppedBy(HttpApi service) {
        return consumedBy(service, "duplicate");
    }

    /** How many events the service consumed with this outcome since it started. */
    private static int consumedBy(HttpApi service, String outcome) {
        HttpApi.Response metrics = service.withToken(ISSUER.unitAdmin(UNIT))
                .send("GET", "/actuator/prometheus", null, Map.of("Accept", "text/plain"));
        assertThat(metrics.status()).as("the metrics").isEqualTo(200);
        return (int) metrics.text().lines()
                .filter(line -> line.startsWith("gemeinsam_events_consumed_total{")
                        && line.contains("outcome=\"" + outcome + "\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    /** The counts of a process start again from 0 when it is restarted. */
    private record RepeatsDropped(long participationPid, int participation, long notificationPid, int notification) {

        int since(RepeatsDropped before) {
            return (participationPid == before.participationPid ? participation - before.participation : participation)
                    + (notificationPid == before.notificationPid ? notification - before.notification : notification);
        }
    }

    /** The follower's feed: how many entries tell of each idea's publication. */
    private Map<String, Integer> feedEntries() {
        HttpApi feed = notifications.withToken(ISSUER.citizen(follower));
        Map<String, Integer> entries = new HashMap<>();
        for (int page = 0; ; page++) {
            HttpApi.Response answer = feed.get("/api/v1/subscribers/" + follower
                    + "/notifications?size=100&page=" + page);
            assertThat(answer.status()).as("the follower's feed").isEqualTo(200);
            int items = 0;
            for (JsonNode item : answer.json().path("items")) {
                items++;
                if (PUBLISHED.equals(item.path("eventType").asString())) {
                    entries.merge(item.path("subject").asString(), 1, Integer::sum);
                }
            }
            if (items < 100) {
                return entries;
            }
        }
    }

    /**
     * A scenario's publications and supports, sent by a few clients at once. A request counts as acknowledged only
     * when it was answered 2xx; during a fault some fail, and nobody was told they succeeded.
     */
    private final class Load implements AutoCloseable {

        private final int number;
        private final List<String> ideasToPublish;
        private final List<String> ideasToSupport;
        private final Set<String> publishedAcknowledged = ConcurrentHashMap.newKeySet();
        private final Set<String> supportAcknowledged = ConcurrentHashMap.newKeySet();
        private final ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        private final List<Future<?>> requests = new ArrayList<>();

        Load(int number, List<String> ideasToPublish, List<String> ideasToSupport) {
            this.number = number;
            this.ideasToPublish = List.copyOf(ideasToPublish);
            this.ideasToSupport = List.copyOf(ideasToSupport);
        }

        void start() {
            HttpApi moderator = ideas.withToken(ISSUER.moderator(UNIT));
            int rounds = Math.max(ideasToPublish.size(), ideasToSupport.size());
            for (int i = 0; i < rounds; i++) {
                if (i < ideasToPublish.size()) {
                    String id = ideasToPublish.get(i);
                    requests.add(clients.submit(() -> {
                        if (answered2xx(() -> moderator.post("/api/v1/ideas/" + id + "/publish", ""))) {
                            publishedAcknowledged.add(id);
                        }
                    }));
                }
                if (i < ideasToSupport.size()) {
                    String id = ideasToSupport.get(i);
                    String participant = "supporter-" + number + "-" + i;
                    HttpApi supporter = participation.withToken(ISSUER.citizen(participant));
                    requests.add(clients.submit(() -> {
                        if (answered2xx(() -> supporter.post("/api/v1/ideas/" + id + "/supports",
                                "{\"participantId\":\"%s\",\"helixGroup\":\"CIVIL_SOCIETY\"}"
                                        .formatted(participant)))) {
                            supportAcknowledged.add(id);
                        }
                    }));
                }
            }
        }

        private static boolean answered2xx(java.util.function.Supplier<HttpApi.Response> request) {
            try {
                int status = request.get().status();
                return status >= 200 && status < 300;
            } catch (RuntimeException noAnswer) {
                return false;
            }
        }

        void awaitAcknowledged(int count) {
            await(count + " acknowledged publications", () -> publishedAcknowledged.size() >= count
                    || requests.stream().allMatch(Future::isDone));
        }

        void awaitAnswers() {
            await("the answers to all requests", () -> requests.stream().allMatch(Future::isDone));
        }

        List<String> ideas() {
            return ideasToPublish;
        }

        Set<String> acknowledgedIdeas() {
            return publishedAcknowledged;
        }

        List<String> supportedIdeas() {
            return ideasToSupport;
        }

        Set<String> acknowledgedSupports() {
            return supportAcknowledged;
        }

        @Override
        public void close() {
            clients.shutdownNow();
        }
    }

    // --- the stack -----------------------------------------------------------------------------------------------

    /**
     * Opens a subscriber's live stream, which tells each entry as soon as it is written, before the consumer
     * records the events as handled; the latch opens at the first one.
     */
    private void openLiveStream(String subscriber, CountDownLatch told) {
        HttpRequest stream = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + notificationService.port()
                        + "/api/v1/subscribers/" + subscriber + "/notifications/stream"))
                .header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + ISSUER.citizen(subscriber))
                .build();
        try {
            // the answer's headers come once the stream is registered; its lines are read on another thread
            HttpResponse<Stream<String>> open = LIVE_STREAMS
                    .sendAsync(stream, HttpResponse.BodyHandlers.ofLines()).get(30, TimeUnit.SECONDS);
            assertThat(open.statusCode()).as("the live stream").isEqualTo(200);
            Thread reader = new Thread(() -> {
                try {
                    open.body().filter(line -> line.startsWith("data:")).findFirst()
                            .ifPresent(line -> told.countDown());
                } catch (UncheckedIOException streamEnded) {
                    // the stream ends with the process that is killed
                }
            }, "live-stream-reader");
            reader.setDaemon(true);
            reader.start();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the live stream did not open", e);
        }
    }

    /** Lets this many citizens follow mitte; answers their subscriptions' ids by subscriber. */
    private Map<String, String> follow(int followers, String prefix) {
        Map<String, String> subscriptions = new LinkedHashMap<>();
        for (int i = 0; i < followers; i++) {
            String subscriber = prefix + "-" + i;
            HttpApi.Response follows = notifications.withToken(ISSUER.citizen(subscriber)).post("/api/v1/subscriptions",
                    "{\"subscriberId\":\"%s\",\"target\":{\"type\":\"UNIT\",\"id\":\"%s\"}}"
                            .formatted(subscriber, UNIT));
            assertThat(follows.status()).as("following").isEqualTo(201);
            subscriptions.put(subscriber, follows.field("id"));
        }
        return subscriptions;
    }

    private void unfollow(Map<String, String> subscriptions) {
        subscriptions.forEach((subscriber, id) -> assertThat(notifications.withToken(ISSUER.citizen(subscriber))
                .delete("/api/v1/subscriptions/" + id).status()).as("unfollowing").isEqualTo(204));
    }

    private void setIdeaEventsBinding(String state) {
        HttpApi.Response changed = notifications.withToken(ISSUER.unitAdmin(UNIT))
                .post("/actuator/bindings/ideaEvents-in-0", "{\"state\":\"" + state + "\"}");
        assertThat(changed.status()).as("changing the binding to " + state).isBetween(200, 299);
    }

    private static void awaitReady(ServiceProcess... services) {
        Stream.of(services).forEach(service -> service.awaitReady(START_UP));
    }

    private static void await(String what, CountDownLatch latch) {
        try {
            if (!latch.await(RECOVERY.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("no " + what + " after " + RECOVERY);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void await(String what, BooleanSupplier condition) {
        if (!within(RECOVERY, condition)) {
            throw new IllegalStateException("no " + what + " after " + RECOVERY);
        }
    }

    /** Whether the condition came true within the time. */
    private static boolean within(Duration time, BooleanSupplier condition) {
        long deadline = System.nanoTime() + time.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            sleep(Duration.ofMillis(20));
        }
        return true;
    }

    private static void sleepUntil(long nanoTime) {
        long left = nanoTime - System.nanoTime();
        if (left > 0) {
            sleep(Duration.ofNanos(left));
        }
    }

    private static void sleep(Duration duration) {
        try {
            TimeUnit.NANOSECONDS.sleep(duration.toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
