package berlin.gemeinsam.benchmarks;

import berlin.gemeinsam.platform.ids.TimeOrderedIds;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Scenario 8: the open data export of measures-service over many measures, with the service's normal heap
 * ({@code -Xmx256m}). The measures are written straight into the service's store in the shape its repository writes
 * them; then the whole export is downloaded through the API as CSV and as JSON, each read to its end and counted
 * (the JSON parsed), while the service's heap in use is polled from its actuator.
 */
final class ExportScenario {

    static final String SCENARIO = "8 export";
    private static final Logger log = LoggerFactory.getLogger(ExportScenario.class);
    private static final String[] TOPICS = {"Schattenbäume", "Trinkbrunnen", "Radwege", "Sitzbänke", "Kitaplätze",
            "Ladesäulen", "Lärmschutz", "Schulwege", "Gemeinschaftsgärten", "Bürgerämter"};
    private static final String[] TYPES = {"CENTRAL", "DECENTRAL", "NETWORK"};
    private static final String[] TEAMS = {"pankow", "neukoelln", "spandau", "senatskanzlei"};
    private static final int INSERT_BATCH = 1_000;
    private static final Duration HEAP_POLL = Duration.ofMillis(100);
    private static final double MB = 1024 * 1024;

    private final LocalStack stack;
    private final Plan plan;
    private final Report report;
    private final ServiceApi measures;

    ExportScenario(LocalStack stack, Plan plan, Report report) {
        this.stack = stack;
        this.plan = plan;
        this.report = report;
        this.measures = stack.api("measures-service");
    }

    void run() {
        int count = plan.exportMeasures();
        long seeding = System.nanoTime();
        seed(count);
        double seeded = (System.nanoTime() - seeding) / 1e9;
        log.info("{} measures written to measures-service's store in {} s", count, Report.format(seeded));
        for (String format : List.of("csv", "json")) {
            export(format, count);
        }
    }

    /** One export read to its end, timed, with the service's heap in use polled meanwhile. */
    private void export(String format, int count) {
        double heapBefore = heapUsed();
        AtomicLong heapMax = new AtomicLong((long) heapBefore);
        AtomicBoolean exporting = new AtomicBoolean(true);
        Thread poller = new Thread(() -> {
            while (exporting.get()) {
                heapMax.accumulateAndGet((long) heapUsed(), Math::max);
                Pause.millis(HEAP_POLL.toMillis());
            }
        }, "export-heap-poller");
        poller.start();
        long start = System.nanoTime();
        ServiceApi.Export export;
        try {
            export = measures.export(format);
        } finally {
            exporting.set(false);
            try {
                poller.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double heapAfter = heapUsed();
        if (export.rows() < count) {
            throw new IllegalStateException("the " + format + " export has " + export.rows() + " measures, not "
                    + count);
        }
        String what = format + " export of " + export.rows() + " measures";
        log.info("{}: {} s, {} bytes, {} rows/s; heap used before {} MB, max seen {} MB, after {} MB", what,
                Report.format(seconds), export.bytes(), Report.format(export.rows() / seconds),
                Report.format(heapBefore / MB), Report.format(heapMax.get() / MB), Report.format(heapAfter / MB));
        report.rate(SCENARIO, what + ": rows/s", export.rows() / seconds, "rows/s", null, null, null,
                Report.format(seconds) + " s, " + Report.format(export.bytes() / MB) + " MB ("
                        + export.bytes() + " bytes), GET /api/v1/measures/export?format=" + format);
        report.rate(SCENARIO, what + ": service heap used, max seen", heapMax.get() / MB, "MB", null,
                "< 256 MB (-Xmx256m)", heapMax.get() / MB < 256, "before " + Report.format(heapBefore / MB)
                        + " MB, after " + Report.format(heapAfter / MB) + " MB; jvm.memory.used{area=heap} polled "
                        + "every " + HEAP_POLL.toMillis() + " ms");
    }

    private double heapUsed() {
        return measures.gauge("jvm.memory.used", "area:heap");
    }

    /** Writes {@code count} proposed measures of the unit into measures-service's store, as its repository does. */
    private void seed(int count) {
        Random random = new Random(8);
        Instant now = Instant.now();
        try (MongoClient client = MongoClients.create(stack.storeUri())) {
            MongoCollection<Document> store = client.getDatabase("gemeinsam-" + SampleIdea.UNIT + "-measures-service")
                    .getCollection("measure");
            List<Document> batch = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String topic = TOPICS[random.nextInt(TOPICS.length)];
                List<String> team = new ArrayList<>();
                for (String unit : TEAMS) {
                    if (random.nextInt(4) == 0) {
                        team.add(unit);
                    }
                }
                Instant proposed = now.minus(Duration.ofMinutes(count - i));
                batch.add(new Document("_id", TimeOrderedIds.random(proposed))
                        .append("unit", SampleIdea.UNIT)
                        .append("title", topic + " für " + SampleIdea.TITLE + " " + i)
                        .append("goal", SampleIdea.PROBLEM + " " + SampleIdea.PROPOSAL)
                        .append("type", TYPES[random.nextInt(TYPES.length)])
                        .append("status", "PROPOSED")
                        .append("participatingUnits", team)
                        .append("proposedAt", Date.from(proposed))
                        .append("version", 0L)
                        .append("outbox", List.of())
                        .append("_class", "berlin.gemeinsam.measures.measure.domain.Measure"));
                if (batch.size() == INSERT_BATCH || i == count - 1) {
                    store.insertMany(batch);
                    batch.clear();
                }
            }
        }
    }
}
