package berlin.gemeinsam.ideas.idea.application;

import berlin.gemeinsam.ideas.idea.domain.Idea;
import berlin.gemeinsam.ideas.idea.domain.IdeaStatus;
import berlin.gemeinsam.platform.outbox.ConcurrentChanges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Archives published and shortlisted ideas nothing happened to for {@code gemeinsam.ideas.archive-after} (zero: never),
 * every {@code gemeinsam.ideas.archive-interval}. Several instances of the unit may run it at once: each idea is
 * archived in an optimistic update of its version, so one instance wins, and the others read the idea again, find it
 * archived and leave it.
 */
@Service
public class InactiveIdeasArchiving {

    private static final Logger log = LoggerFactory.getLogger(InactiveIdeasArchiving.class);
    private static final Set<IdeaStatus> ARCHIVABLE = EnumSet.of(IdeaStatus.PUBLISHED, IdeaStatus.SHORTLISTED);
    /** Candidates read at once: a run never holds more of the unit's ideas than these. */
    private static final int PAGE = 100;

    private final Ideas ideas;
    private final Clock clock;
    private final Duration inactivity;

    InactiveIdeasArchiving(Ideas ideas, Clock clock,
                           @Value("${gemeinsam.ideas.archive-after:0s}") Duration inactivity) {
        this.ideas = ideas;
        this.clock = clock;
        this.inactivity = inactivity;
    }

    @Scheduled(fixedDelayString = "${gemeinsam.ideas.archive-interval:1h}",
            initialDelayString = "${gemeinsam.ideas.archive-interval:1h}")
    void archiveOnSchedule() {
        int archived = archiveInactiveIdeas();
        if (archived > 0) {
            log.info("Archived {} ideas without activity for {}", archived, inactivity);
        }
    }

    /** Archives the ideas without activity for the configured time; answers how many this run archived. */
    public int archiveInactiveIdeas() {
        if (inactivity.isZero() || inactivity.isNegative()) {
            return 0;
        }
        Instant cutoff = clock.instant().minus(inactivity);
        int archived = 0;
        String after = null;
        List<Idea> candidates;
        do {
            candidates = ideas.changedBefore(ARCHIVABLE, cutoff, after, PAGE);
            for (Idea candidate : candidates) {
                if (archive(candidate.getId())) {
                    archived++;
                }
            }
            after = candidates.isEmpty() ? after : candidates.get(candidates.size() - 1).getId();
        } while (candidates.size() == PAGE);
        return archived;
    }

    /** Archives the idea as it reads now: one changed or archived since it was found stays as it is. */
    private boolean archive(String id) {
        return ConcurrentChanges.retry(() -> ideas.find(id)
                .flatMap(idea -> idea.archiveWhenInactive(inactivity, clock.instant()).map(archived -> {
                    ideas.save(idea, List.of(archived));
                    return true;
                }))
                .orElse(false));
    }
}
