package berlin.gemeinsam.monitor.streams.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.OptionalDouble;

/**
 * A topic's end offset sampled over time: the events per minute are the offsets it grew by within the window,
 * divided by the time between the oldest and the newest sample in it. The offsets count every record written,
 * whatever the records' own timestamps say, and are not changed by retention deleting old records.
 */
public final class OffsetHistory {

    private static final double SECONDS_PER_MINUTE = 60.0;

    private final Deque<Sample> samples = new ArrayDeque<>();

    public synchronized void record(Instant at, long endOffset) {
        samples.addLast(new Sample(at, endOffset));
    }

    /** Events per minute within the window before {@code now}; empty until two samples lie in it. */
    public synchronized OptionalDouble eventsPerMinute(Instant now, Duration window) {
        Instant since = now.minus(window);
        while (samples.size() > 1 && samples.peekFirst().at().isBefore(since)) {
            samples.removeFirst();
        }
        if (samples.size() < 2) {
            return OptionalDouble.empty();
        }
        Sample oldest = samples.peekFirst();
        Sample newest = samples.peekLast();
        double seconds = Duration.between(oldest.at(), newest.at()).toMillis() / 1000.0;
        if (seconds <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((newest.endOffset() - oldest.endOffset()) * SECONDS_PER_MINUTE / seconds);
    }

    private record Sample(Instant at, long endOffset) {
    }
}
