package berlin.gemeinsam.benchmarks;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Scenario 7: the search of ideas-service over many published ideas. The ideas are written straight into the
 * service's store (as the fan-out writes its followers), in the shape ideas-service stores them, with texts made
 * of a few dozen topics and places, categories, locations and support counts at random; the service's index takes
 * them in from the store as it takes in any change. Then clients search through the API as readers do, with words,
 * a category and an order, 20 ideas a page, each the first page and the one its cursor leads to.
 */
final class SearchScenario {

    static final String SCENARIO = "7 search";
    private static final Logger log = LoggerFactory.getLogger(SearchScenario.class);
    private static final String[] TOPICS = {"Radweg", "Spielplatz", "Trinkbrunnen", "Sitzbänke", "Schattenbäume",
            "Busspur", "Zebrastreifen", "Fahrradständer", "Bibliothek", "Jugendtreff", "Gemeinschaftsgarten",
            "Müllabfuhr", "Lärmschutz", "Ampelschaltung", "Parkplätze", "Schulweg", "Kitaplätze", "Ladesäulen",
            "Wasserspielplatz", "Straßenbahn", "Bürgeramt", "Sportplatz", "Hundeauslauf", "Blumenwiese"};
    private static final String[] PLACES = {"Torstraße", "Invalidenstraße", "Alexanderplatz", "Monbijoupark",
            "Spreeufer", "Weddingplatz", "Leopoldplatz", "Moabit", "Gesundbrunnen", "Tiergarten", "Hansaviertel",
            "Brunnenstraße", "Chausseestraße", "Turmstraße", "Müllerstraße", "Rosenthaler Platz"};
    private static final String[] PROBLEMS = {"Am %s fehlt %s, besonders für Kinder und ältere Menschen.",
            "Seit Jahren wünschen sich die Nachbarn am %s mehr %s; heute ist es dort gefährlich und laut.",
            "Die Situation am %s ist schlecht: %s gibt es kaum, und im Sommer wird es sehr heiß."};
    /** What readers search for: other forms of the topics, and their parts. */
    private static final String[] QUERIES = {"Radwege", "Spielplätze", "Trinkbrunnen", "Bänke", "Bäume", "Bus",
            "Zebrastreifen", "Fahrrad", "Bibliothek", "Jugend", "Garten", "Müll", "Lärm", "Ampel", "Parkplatz",
            "Schulwege", "Kita", "Straßenbahnen", "Bürgeramt", "Sport", "Wasser", "Wiese", "Platz", "Weg"};
    private static final String[] CATEGORIES = {"ADMINISTRATION", "MOBILITY", "ENVIRONMENT_CLIMATE", "EDUCATION",
            "HEALTH", "ECONOMY_WORK", "CULTURE", "PARTICIPATION_SOCIAL", "URBAN_DEVELOPMENT_HOUSING",
            "DIGITAL_INFRASTRUCTURE"};
    private static final String[] SORTS = {"newest", "supported", "active"};
    private static final int INSERT_BATCH = 1_000;
    private static final Duration INDEXED = Duration.ofMinutes(30);

    private final LocalStack stack;
    private final Plan plan;
    private final Report report;
    private final ServiceApi ideas;

    SearchScenario(LocalStack stack, Plan plan, Report report) {
        this.stack = stack;
        this.plan = plan;
        this.report = report;
        this.ideas = stack.api("ideas-service");
    }

    void run() {
        int count = plan.searchIdeas();
        long seeding = System.nanoTime();
        String lastWord = seed(count);
        double seeded = (System.nanoTime() - seeding) / 1e9;
        long indexing = System.nanoTime();
        long deadline = System.nanoTime() + INDEXED.toNanos();
        while (ideas.searchPage("/api/v1/ideas?q=" + lastWord).items() == 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the index did not take in the " + count + " ideas within " + INDEXED);
            }
            Pause.millis(200);
        }
        double indexed = (System.nanoTime() - indexing) / 1e9;
        // the index takes the ideas in while they are written: what is left after the last write is its lag
        report.rate(SCENARIO, "index complete after the last write", indexed, "s", null, null, null,
                count + " ideas written to the store in " + Report.format(seeded) + " s ("
                        + Report.format(count / seeded) + " ideas/s), taken in by the index meanwhile");
        Workers.until(1, System.nanoTime() + plan.httpWarmup().toNanos(), this::searchTwoPages);
        for (int clients : plan.searchClients()) {
            Histogram latencies = new ConcurrentHistogram(TimeUnit.HOURS.toNanos(1), 3);
            long start = System.nanoTime();
            Workers.until(clients, start + plan.httpDuration().toNanos(), () -> searchTwoPages(latencies));
            double seconds = (System.nanoTime() - start) / 1e9;
            Stats stats = Stats.of(latencies);
            report.latency(SCENARIO, "search of " + count + " ideas, words + category + order, 20 a page, "
                            + clients + " client" + (clients > 1 ? "s" : ""), latencies.getTotalCount() / seconds,
                    stats, "p99 < 50 ms", stats.p99Ms() < 50,
                    "GET /api/v1/ideas?q=…&category=…&sort=…&size=20, first and next page");
        }
    }

    private void searchTwoPages() {
        searchTwoPages(null);
    }

    /** A reader's search and the page after it, each timed. */
    private void searchTwoPages(Histogram latencies) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String query = "q=" + URLEncoder.encode(QUERIES[random.nextInt(QUERIES.length)], StandardCharsets.UTF_8)
                + "&category=" + CATEGORIES[random.nextInt(CATEGORIES.length)]
                + "&sort=" + SORTS[random.nextInt(SORTS.length)] + "&size=20";
        long sent = System.nanoTime();
        ServiceApi.SearchPage first = ideas.searchPage("/api/v1/ideas?" + query);
        record(latencies, sent);
        if (first.next() != null) {
            long next = System.nanoTime();
            ideas.searchPage(first.next());
            record(latencies, next);
        }
    }

    private static void record(Histogram latencies, long sent) {
        if (latencies != null) {
            Stats.record(latencies, System.nanoTime() - sent);
        }
    }

    /**
     * Writes {@code count} published ideas into ideas-service's store; the last one changed last and carries a word
     * of its own, which the search finds once the index has taken in all of them.
     */
    private String seed(int count) {
        Random random = new Random(42);
        String lastWord = "benchmarkende" + UUID.randomUUID().toString().replaceAll("[^a-f]", "") + "x";
        Instant now = Instant.now();
        try (MongoClient client = MongoClients.create(stack.storeUri())) {
            MongoCollection<Document> store = client.getDatabase("gemeinsam-" + SampleIdea.UNIT + "-ideas-service")
                    .getCollection("idea");
            List<Document> batch = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                boolean last = i == count - 1;
                // submitted in the last two years, changed within a day of it, all before the last one
                Instant submitted = now.minus(Duration.ofMinutes(24 * 60 + 1 + random.nextInt(2 * 365 * 24 * 60)));
                Instant changed = last ? now : submitted.plus(Duration.ofMinutes(random.nextInt(24 * 60)));
                String topic = TOPICS[random.nextInt(TOPICS.length)];
                String place = PLACES[random.nextInt(PLACES.length)];
                Document idea = new Document("_id", UUID.randomUUID().toString())
                        .append("unit", SampleIdea.UNIT)
                        .append("title", topic + " " + place + (last ? " " + lastWord : ""))
                        .append("problem", PROBLEMS[random.nextInt(PROBLEMS.length)].formatted(place, topic))
                        .append("proposal", SampleIdea.PROPOSAL)
                        .append("category", CATEGORIES[random.nextInt(CATEGORIES.length)])
                        .append("principles", List.of("COMMON_GOOD"))
                        .append("language", "DE")
                        .append("authorId", SampleIdea.AUTHOR)
                        .append("submittedAt", Date.from(submitted))
                        .append("status", "PUBLISHED")
                        .append("publishedAt", Date.from(submitted))
                        .append("history", List.of())
                        .append("supportCount", (long) random.nextInt(500))
                        .append("changedAt", Date.from(changed))
                        .append("version", 1L);
                if (random.nextInt(10) < 6) {
                    idea.append("location", new Document("latitude", 52.45 + random.nextDouble() * 0.15)
                            .append("longitude", 13.25 + random.nextDouble() * 0.35));
                }
                batch.add(idea);
                if (batch.size() == INSERT_BATCH || last) {
                    store.insertMany(batch);
                    batch.clear();
                }
            }
        }
        log.info("{} ideas written to ideas-service's store", count);
        return lastWord;
    }
}
