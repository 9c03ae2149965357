package berlin.gemeinsam.ideas.search.persistence;

import berlin.gemeinsam.ideas.search.application.IndexFollower;
import berlin.gemeinsam.ideas.search.application.SearchableIdea;
import berlin.gemeinsam.ideas.search.application.SearchableIdeas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The follower over a source whose clock was set back: changes stamped after that are not hidden by the watermark;
 * and how it takes in the ideas the service nudged it with.
 */
class IndexFollowerClockTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @TempDir
    Path folder;

    /** The source's ideas in memory, answered as the store answers {@link SearchableIdeas#changedSince}. */
    private final List<SearchableIdea> ideas = new CopyOnWriteArrayList<>();

    /** How often the follower polled the source, and the ids it read. */
    private final AtomicInteger polls = new AtomicInteger();
    private final List<String> readByIds = new CopyOnWriteArrayList<>();
    private final List<Set<String>> readsByIds = new CopyOnWriteArrayList<>();

    private final SearchableIdeas source = new SearchableIdeas() {
        @Override
        public List<SearchableIdea> changedSince(Instant since, String afterId, int limit) {
            polls.incrementAndGet();
            return ideas.stream()
                    .filter(idea -> idea.changedAt().isAfter(since)
                            || idea.changedAt().equals(since) && (afterId == null || idea.id().compareTo(afterId) > 0))
                    .sorted(Comparator.comparing(SearchableIdea::changedAt).thenComparing(SearchableIdea::id))
                    .limit(limit).toList();
        }

        @Override
        public List<SearchableIdea> withIds(Collection<String> ids) {
            readByIds.addAll(ids);
            readsByIds.add(Set.copyOf(ids));
            return ideas.stream().filter(idea -> ids.contains(idea.id())).toList();
        }
    };

    private static SearchableIdea idea(String id, Instant changedAt) {
        return new SearchableIdea(id, "mitte", "Radweg " + id, "Es fehlt ein Radweg", null, "MOBILITY", Set.of(),
                null, null, "de", "PUBLISHED", 0, changedAt, changedAt, changedAt, null, 1);
    }

    /** A clock an administrator (or NTP) sets back. */
    private static final class SettableClock extends Clock {

        private volatile Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aChangeStampedAfterTheClockWasSetBackIsTakenIn() throws Exception {
        Instant later = NOW.plus(Duration.ofDays(200));
        SettableClock clock = new SettableClock(later);
        LuceneIdeaIndex index = new LuceneIdeaIndex(folder);
        try {
            IndexFollower follower = new IndexFollower(source, index, Duration.ofMillis(100), Duration.ofMillis(400),
                    Duration.ofSeconds(5), Duration.ZERO, Duration.ZERO, 100, clock);
            ideas.add(idea("a", later));
            assertThat(follower.catchUp()).isTrue();

            clock.now = NOW;
            ideas.add(idea("b", NOW));

            assertThat(follower.catchUp()).as("the change stamped after the clock was set back").isTrue();
        } finally {
            index.destroy();
        }
    }

    @Test
    void anIdeaTheServiceChangedIsTakenInByItsIdWithoutAPollOfTheWholeSource() throws Exception {
        LuceneIdeaIndex index = new LuceneIdeaIndex(folder);
        IndexFollower follower = new IndexFollower(source, index, Duration.ofMinutes(10), Duration.ofMinutes(10),
                Duration.ofSeconds(5), Duration.ZERO, Duration.ZERO, 100, Clock.systemUTC());
        try {
            follower.start();
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(10)).until(() -> polls.get() == 1);
            SearchableIdea changed = idea("c", NOW);
            ideas.add(changed);

            follower.nudge("c");

            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(10))
                    .until(() -> readByIds.contains("c"));
            follower.stop();
            assertThat(index.update(List.of(changed))).as("already taken in at its version").isZero();
            assertThat(polls).hasValue(1);
        } finally {
            follower.stop();
            index.destroy();
        }
    }

    @Test
    void ideasNudgedSoonAfterATakeInAreTakenInTogetherAfterTheRefreshInterval() throws Exception {
        LuceneIdeaIndex index = new LuceneIdeaIndex(folder);
        IndexFollower follower = new IndexFollower(source, index, Duration.ofMinutes(10), Duration.ofMinutes(10),
                Duration.ofSeconds(5), Duration.ZERO, Duration.ofMillis(300), 100, Clock.systemUTC());
        try {
            follower.start();
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(10)).until(() -> polls.get() == 1);
            ideas.addAll(List.of(idea("d", NOW), idea("e", NOW), idea("f", NOW)));

            follower.nudge("d");
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(10))
                    .until(() -> readByIds.contains("d"));
            follower.nudge("e");
            follower.nudge("f");
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(10))
                    .until(() -> readByIds.contains("f"));

            assertThat(readsByIds).as("the first at once, the next two in one read").containsExactly(Set.of("d"),
                    Set.of("e", "f"));
        } finally {
            follower.stop();
            index.destroy();
        }
    }
}
