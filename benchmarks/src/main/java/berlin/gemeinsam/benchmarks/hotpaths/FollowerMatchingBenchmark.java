package berlin.gemeinsam.benchmarks.hotpaths;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The in-process work per follower in a fan-out, as notification-service does it: the entry's id derived from
 * subscriber and event (a name-based UUID, MD5) and the look-up whether the follower has a live stream open.
 * notification-service is packaged as a Spring Boot jar and cannot be put on this class path, so the two steps
 * are written out here as they are there ({@code Notification.idOf}, {@code LiveFeeds.written}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class FollowerMatchingBenchmark {

    private static final int FOLLOWERS = 1_000;

    private final String[] followers = new String[FOLLOWERS];
    private final Map<String, Object> openStreams = new ConcurrentHashMap<>();
    private final String eventKey = "/units/mitte/ideas-service|" + UUID.randomUUID();

    @Setup
    public void prepare() {
        for (int i = 0; i < FOLLOWERS; i++) {
            followers[i] = "follower-" + i;
        }
        Map<String, Object> some = new HashMap<>();
        some.put("follower-0", new Object());
        openStreams.putAll(some);
    }

    /** Per batch of a thousand followers; divide by 1,000 for one follower. */
    @Benchmark
    public void entryIdsAndLiveLookUpForAThousandFollowers(Blackhole sink) {
        for (String subscriberId : followers) {
            String name = subscriberId.length() + ":" + subscriberId + "|" + eventKey;
            sink.consume(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString());
            sink.consume(openStreams.get(subscriberId));
        }
    }
}
