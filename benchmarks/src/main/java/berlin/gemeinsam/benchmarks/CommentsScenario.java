package berlin.gemeinsam.benchmarks;

import berlin.gemeinsam.platform.ids.TimeOrderedIds;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
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
 * Scenario 9: one long thread of comments in participation-service. The comments on one measure are written
 * straight into the service's store, in the shape the service stores them (some posted in the same millisecond,
 * reply counts at random, a few hidden), each at its place in the thread, with the thread's own document of its
 * positions and replies. Then each order ({@code oldest}, {@code newest}, {@code mostReplies}) is
 * walked to its end once, 20 comments a page, keeping every page's cursor; and a reader reads pages from cursors in
 * the deeper half of the thread at random, each timed: a page deep in the thread must cost what the first does.
 */
final class CommentsScenario {

    static final String SCENARIO = "9 comments";
    private static final Logger log = LoggerFactory.getLogger(CommentsScenario.class);
    private static final String[] ORDERS = {"oldest", "newest", "mostReplies"};
    private static final int PAGE = 20;
    private static final int INSERT_BATCH = 1_000;

    private final LocalStack stack;
    private final Plan plan;
    private final Report report;
    private final ServiceApi participation;

    CommentsScenario(LocalStack stack, Plan plan, Report report) {
        this.stack = stack;
        this.plan = plan;
        this.report = report;
        this.participation = stack.api("participation-service");
    }

    void run() {
        int count = plan.threadComments();
        String measureId = UUID.randomUUID().toString();
        String thread = "/api/v1/measures/" + measureId + "/comments";
        seed(measureId, count);
        for (String order : ORDERS) {
            List<String> cursors = walk(thread, order, count);
            List<String> deep = cursors.subList(cursors.size() / 2, cursors.size());
            String deepPage = thread + "?sort=" + order + "&limit=" + PAGE + "&cursor=";
            Workers.until(1, System.nanoTime() + plan.httpWarmup().toNanos(),
                    () -> participation.commentPage(deepPage + random(deep)));
            Histogram latencies = new ConcurrentHistogram(TimeUnit.HOURS.toNanos(1), 3);
            long start = System.nanoTime();
            Workers.until(1, start + plan.httpDuration().toNanos(), () -> {
                String cursor = random(deep);
                long sent = System.nanoTime();
                participation.commentPage(deepPage + cursor);
                Stats.record(latencies, System.nanoTime() - sent);
            });
            double seconds = (System.nanoTime() - start) / 1e9;
            Stats stats = Stats.of(latencies);
            report.latency(SCENARIO, "page of " + PAGE + " from a deep cursor, " + order + ", thread of " + count,
                    latencies.getTotalCount() / seconds, stats, "p99 < 50 ms", stats.p99Ms() < 50,
                    "GET /api/v1/measures/{id}/comments?sort=" + order + "&limit=" + PAGE
                            + "&cursor=… from the deeper half, 1 client");
        }
    }

    private static String random(List<String> cursors) {
        return URLEncoder.encode(cursors.get(ThreadLocalRandom.current().nextInt(cursors.size())),
                StandardCharsets.UTF_8);
    }

    /**
     * Reads the whole thread in the order, page by page; returns every page's next cursor, and checks that the walk
     * answered each comment once.
     */
    private List<String> walk(String thread, String order, int count) {
        List<String> cursors = new ArrayList<>();
        long answered = 0;
        ServiceApi.CommentPage page = participation.commentPage(thread + "?sort=" + order + "&limit=" + PAGE);
        answered += page.items();
        while (page.next() != null) {
            cursors.add(page.next());
            page = participation.commentPage(thread + "?sort=" + order + "&limit=" + PAGE + "&cursor="
                    + URLEncoder.encode(page.next(), StandardCharsets.UTF_8));
            answered += page.items();
        }
        if (answered != count || cursors.isEmpty()) {
            throw new IllegalStateException("walking the thread " + order + " answered " + answered + " comments in "
                    + (cursors.size() + 1) + " pages, not " + count);
        }
        log.info("thread walked {}: {} comments in {} pages", order, answered, cursors.size() + 1);
        return cursors;
    }

    /** Writes {@code count} comments on the measure and the thread's document into participation-service's store. */
    private void seed(String measureId, int count) {
        Random random = new Random(42);
        Instant start = Instant.now().minus(Duration.ofDays(30));
        String list = "measure/" + measureId;
        try (MongoClient client = MongoClients.create(stack.storeUri())) {
            MongoDatabase database = client.getDatabase("gemeinsam-" + SampleIdea.UNIT + "-participation-service");
            MongoCollection<Document> store = database.getCollection("comment");
            Document replies = new Document();
            List<Document> batch = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                // two comments a second on average, every tenth in the millisecond of the one before
                Instant posted = start.plusMillis(i % 10 == 9 ? 500L * (i - 1) : 500L * i);
                String authorId = "participant-" + random.nextInt(2_000);
                long replyCount = random.nextInt(10) < 7 ? 0 : random.nextInt(40);
                if (replyCount > 0) {
                    replies.append(Long.toString(i + 1L), replyCount);
                }
                Document comment = new Document("_id", TimeOrderedIds.random(posted))
                        .append("targetType", "MEASURE")
                        .append("targetId", measureId)
                        .append("parentId", null)
                        .append("listedIn", list)
                        .append("place", new Document("list", list).append("position", i + 1L))
                        .append("unit", SampleIdea.UNIT)
                        .append("authorId", authorId)
                        .append("text", "Beitrag " + i + " zur Maßnahme: " + SampleIdea.PROPOSAL)
                        .append("postedAt", Date.from(posted))
                        .append("replyCount", replyCount)
                        .append("reports", List.of())
                        .append("version", 0L);
                if (random.nextInt(100) == 0) {
                    comment.append("hiddenAt", Date.from(posted.plusSeconds(600)))
                            .append("hiddenReason", "Beleidigung").append("hiddenBy", "moderator-mitte");
                }
                batch.add(comment);
                if (batch.size() == INSERT_BATCH || i == count - 1) {
                    store.insertMany(batch);
                    batch.clear();
                }
            }
            database.getCollection("comment_lists").insertOne(new Document("_id", list)
                    .append("positions", (long) count).append("replies", replies));
        }
        log.info("{} comments on measure {} written to participation-service's store", count, measureId);
    }
}
