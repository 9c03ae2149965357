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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The follower over a source whose clock was set back: changes stamped after that are not hidden by the watermark. */
class IndexFollowerClockTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @TempDir
    Path folder;

    /** The source's ideas in memory, answered as the store answers {@link SearchableIdeas#changedSince}. */
    private final List<SearchableIdea> ideas = new ArrayList<>();

    private final SearchableIdeas source = (since, afterId, limit) -> ideas.stream()
            .filter(idea -> idea.changedAt().isAfter(since)
                    || idea.changedAt().equals(since) && (afterId == null || idea.id().compareTo(afterId) > 0))
            .sorted(Comparator.comparing(SearchableIdea::changedAt).thenComparing(SearchableIdea::id))
            .limit(limit).toList();

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
                    Duration.ofSeconds(5), Duration.ZERO, 100, clock);
            ideas.add(idea("a", later));
            assertThat(follower.catchUp()).isTrue();

            clock.now = NOW;
            ideas.add(idea("b", NOW));

            assertThat(follower.catchUp()).as("the change stamped after the clock was set back").isTrue();
        } finally {
            index.destroy();
        }
    }
}
