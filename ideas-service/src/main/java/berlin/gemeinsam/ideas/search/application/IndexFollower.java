package berlin.gemeinsam.ideas.search.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the index up to date with its source. The service's own writes {@link #nudge(String)} it with the idea's id,
 * and a thread takes those ideas in, read by their ids: at once after a quiet spell, and then at most once every
 * {@code gemeinsam.search.refresh-interval}, all the ideas nudged meanwhile together. Taken in per write, each write
 * cost a read of the store, a new index segment made visible, its merges and its files forced to disk at the next
 * commit, on the same cores as the next request (the benchmark's profile of one client submitting). Besides, it
 * reads the ideas changed since the watermark (the latest {@code changedAt} taken in) every
 * {@code gemeinsam.search.poll-interval}; while those polls find nothing new it waits twice as long each time, up to
 * {@code gemeinsam.search.idle-poll-interval}. The polls are for changes written by others (another instance of the
 * unit) and for own changes whose nudge was lost; they are not run for each nudge, because on a store without range
 * indexes (the embedded one) each poll reads the whole collection, and re-reads everything changed within the
 * overlap: polled for every write under load, that took the store from the writes (the benchmark's profile). A
 * poll reads from the watermark minus {@code gemeinsam.search.overlap}: a change is stamped before it is written, so
 * one stamped a moment earlier than another may become readable after it; the overlap re-reads such late arrivals,
 * and the version check of the index makes re-reading harmless. Ideas taken in by id do not move the watermark,
 * which only polls do. The watermark is committed with the index every {@code gemeinsam.search.commit-interval} and
 * at the stop, so after a restart or a crash the index continues from its last commit; a new or rebuilt index starts
 * from the beginning of time, which reads the whole source.
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
    private final long refreshIntervalNanos;
    private final int batchSize;
    private final Clock clock;
    private final Semaphore nudges = new Semaphore(0);
    private final Set<String> nudgedIds = ConcurrentHashMap.newKeySet();
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
                  @Value("${gemeinsam.search.refresh-interval:50ms}") Duration refreshInterval,
                  @Value("${gemeinsam.search.batch-size:1000}") int batchSize, Clock clock) {
        this.source = source;
        this.index = index;
        this.pollInterval = pollInterval;
        this.idlePollInterval = idlePollInterval;
        this.overlap = overlap;
        this.commitInterval = commitInterval;
        this.refreshIntervalNanos = refreshInterval.toNanos();
        this.batchSize = batchSize;
        this.clock = clock;
    }

    /** Asks the follower to take in the idea the service just changed now rather than at its next poll. */
    public void nudge(String ideaId) {
        nudgedIds.add(ideaId);
        wake();
    }

    private void wake() {
        if (nudges.availablePermits() == 0) {
            nudges.release();
        }
    }

    /**
     * Takes in the nudged ideas, read by their ids, and makes them visible to searches.
     *
     * @return whether it took in anything
     */
    boolean takeInNudged() {
        List<String> ids = new ArrayList<>(nudgedIds);
        if (ids.isEmpty()) {
            return false;
        }
        nudgedIds.removeAll(ids);
        synchronized (catchingUp) {
            boolean changed = false;
            for (int from = 0; from < ids.size(); from += batchSize) {
                if (index.update(source.withIds(ids.subList(from, Math.min(ids.size(), from + batchSize)))) > 0) {
                    changed = true;
                }
            }
            if (changed) {
                index.refresh();
                uncommitted = true;
            }
            commitWhenDue();
            return changed;
        }
    }

    /**
     * Takes in every change the source holds now and makes it visible to searches; what the follower thread does on
     * each poll.
     *
     * @return whether it took in anything
     */
    public boolean catchUp() {
        return poll().changed();
    }

    /**
     * Reads what changed since the watermark. Which of its changes others made is told apart from the service's own
     * writes that are still waiting to be taken in by id, so that the follower polls often only while others write.
     */
    private Poll poll() {
        synchronized (catchingUp) {
            // a clock set back (changes stamped earlier than ones already taken in) must not hide the changes after it
            Instant latest = watermark.isAfter(clock.instant()) ? clock.instant() : watermark;
            Instant since = watermark.equals(Instant.EPOCH) ? Instant.EPOCH : latest.minus(overlap);
            String afterId = null;
            boolean changed = false;
            boolean byOthers = false;
            List<SearchableIdea> batch;
            do {
                batch = source.changedSince(since, afterId, batchSize);
                if (batch.isEmpty()) {
                    break;
                }
                long own = batch.stream().filter(idea -> nudgedIds.contains(idea.id())).count();
                int taken = index.update(batch);
                if (taken > 0) {
                    changed = true;
                    index.refresh();
                }
                byOthers |= taken > own;
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
            commitWhenDue();
            return new Poll(changed, byOthers);
        }
    }

    private void commitWhenDue() {
        if (uncommitted && System.nanoTime() - lastCommit >= commitInterval.toNanos()) {
            commit();
        }
    }

    private void commit() {
        index.commit(watermark);
        uncommitted = false;
        lastCommit = System.nanoTime();
    }

    private void follow() {
        long wait = pollInterval.toMillis();
        long nextPoll = System.nanoTime();
        long nextTakeIn = System.nanoTime();
        while (running) {
            try {
                if (System.nanoTime() - nextTakeIn >= 0 && takeInNudged()) {
                    nextTakeIn = System.nanoTime() + refreshIntervalNanos;
                }
                if (System.nanoTime() - nextPoll >= 0) {
                    boolean others = poll().byOthers();
                    wait = others ? pollInterval.toMillis() : Math.min(wait * 2, idlePollInterval.toMillis());
                    nextPoll = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(wait);
                }
            } catch (RuntimeException e) {
                log.warn("The search index could not follow its source; trying again at the next poll", e);
                nextPoll = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(wait);
            }
            // nudges that came while the last ones were taken in wait for the next take-in, not for the next poll
            long wakeUp = nudgedIds.isEmpty() || nextPoll - nextTakeIn < 0 ? nextPoll : nextTakeIn;
            try {
                if (nudges.tryAcquire(Math.max(0, wakeUp - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    nudges.drainPermits();
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
            wake();
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

    /** @param byOthers whether it took in changes that were not the service's own writes waiting to be taken in */
    private record Poll(boolean changed, boolean byOthers) {
    }
}
