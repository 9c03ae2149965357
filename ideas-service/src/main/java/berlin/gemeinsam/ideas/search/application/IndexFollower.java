package berlin.gemeinsam.ideas.search.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the index up to date with its source. A thread reads the ideas changed since the watermark (the latest
 * {@code changedAt} taken in) every {@code gemeinsam.search.poll-interval}, and at once when {@link #nudge()}d after
 * one of the service's own writes. While it finds nothing new it waits twice as long each time, up to
 * {@code gemeinsam.search.idle-poll-interval}: the service's own writes nudge it anyway, the polls are for changes
 * written by others (another instance of the unit), and on a store without range indexes (the embedded one) each
 * poll reads the whole collection. It reads from the watermark minus {@code gemeinsam.search.overlap}: a change is
 * stamped before it is written, so one stamped a moment earlier than another may become readable after it; the
 * overlap re-reads such late arrivals, and the version check of the index makes re-reading harmless. The watermark is
 * committed with the index every {@code gemeinsam.search.commit-interval} and at the stop, so after a restart or a
 * crash the index continues from its last commit; a new or rebuilt index starts from the beginning of time, which
 * reads the whole source.
 */
@Service
public class IndexFollower implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IndexFollower.class);

    private final SearchableIdeas source;
    private final IdeaIndex index;
    private final Duration pollInterval;
    private final Duration idlePollInterval;
    private final Duration overlap;
    private final Duration commitInterval;
    private final int batchSize;
    private final Clock clock;
    private final Semaphore nudges = new Semaphore(0);
    private final Object catchingUp = new Object();
    private volatile boolean running;
    private Thread follower;
    private Instant watermark = Instant.EPOCH;
    private boolean uncommitted;
    private long lastCommit = System.nanoTime();

    public IndexFollower(SearchableIdeas source, IdeaIndex index,
                  @Value("${gemeinsam.search.poll-interval:200ms}") Duration pollInterval,
                  @Value("${gemeinsam.search.idle-poll-interval:5s}") Duration idlePollInterval,
                  @Value("${gemeinsam.search.overlap:5s}") Duration overlap,
                  @Value("${gemeinsam.search.commit-interval:1s}") Duration commitInterval,
                  @Value("${gemeinsam.search.batch-size:1000}") int batchSize, Clock clock) {
        this.source = source;
        this.index = index;
        this.pollInterval = pollInterval;
        this.idlePollInterval = idlePollInterval;
        this.overlap = overlap;
        this.commitInterval = commitInterval;
        this.batchSize = batchSize;
        this.clock = clock;
    }

    /** Asks the follower to look for changes now rather than at its next poll. */
    public void nudge() {
        if (nudges.availablePermits() == 0) {
            nudges.release();
        }
    }

    /**
     * Takes in every change the source holds now and makes it visible to searches; what the follower thread does on
     * each poll.
     *
     * @return whether it took in anything
     */
    public boolean catchUp() {
        synchronized (catchingUp) {
            // a clock set back (changes stamped earlier than ones already taken in) must not hide the changes after it
            Instant latest = watermark.isAfter(clock.instant()) ? clock.instant() : watermark;
            Instant since = watermark.equals(Instant.EPOCH) ? Instant.EPOCH : latest.minus(overlap);
            String afterId = null;
            boolean changed = false;
            List<SearchableIdea> batch;
            do {
                batch = source.changedSince(since, afterId, batchSize);
                if (batch.isEmpty()) {
                    break;
                }
                if (index.update(batch) > 0) {
                    changed = true;
                    index.refresh();
                }
                SearchableIdea last = batch.get(batch.size() - 1);
                since = last.changedAt();
                afterId = last.id();
                if (last.changedAt().isAfter(watermark)) {
                    watermark = last.changedAt();
                    uncommitted = true;
                }
            } while (batch.size() == batchSize);
            if (changed) {
                uncommitted = true;
            }
            if (uncommitted && System.nanoTime() - lastCommit >= commitInterval.toNanos()) {
                commit();
            }
            return changed;
        }
    }

    private void commit() {
        index.commit(watermark);
        uncommitted = false;
        lastCommit = System.nanoTime();
    }

    private void follow() {
        long wait = pollInterval.toMillis();
        while (running) {
            boolean found = false;
            try {
                found = catchUp();
            } catch (RuntimeException e) {
                log.warn("The search index could not follow its source; trying again at the next poll", e);
            }
            wait = found ? pollInterval.toMillis() : Math.min(wait * 2, idlePollInterval.toMillis());
            try {
                if (nudges.tryAcquire(wait, TimeUnit.MILLISECONDS)) {
                    nudges.drainPermits();
                    wait = pollInterval.toMillis();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void start() {
        synchronized (catchingUp) {
            watermark = index.watermark().orElse(Instant.EPOCH);
        }
        log.info("The search index follows its source from {}", watermark);
        running = true;
        follower = new Thread(this::follow, "search-index-follower");
        follower.setDaemon(true);
        follower.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread stopping = follower;
        if (stopping != null) {
            // woken, not interrupted: an interrupt closes the file channels of the index (and its lock) under it
            nudges.release();
            try {
                stopping.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (catchingUp) {
            if (uncommitted) {
                commit();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
