package berlin.gemeinsam.monitor.consumers.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Where a consumer group stands in one partition.
 *
 * @param topic                 the topic
 * @param partition             the partition
 * @param committedOffset       the group's committed offset: the next record it will read
 * @param endOffset             the partition's end offset: the offset the next record written will get
 * @param oldestUnconsumedAt    the timestamp of the record at the committed offset, {@code null} when there is none
 *                              (no lag, or retention deleted it)
 */
public record PartitionPosition(String topic, int partition, long committedOffset, long endOffset,
                                Instant oldestUnconsumedAt) {

    /** Records written and not yet consumed. */
    public long lagRecords() {
        return Math.max(0, endOffset - committedOffset);
    }

    /** How long the oldest unconsumed record has waited; 0 without lag. */
    public double lagSeconds(Instant now) {
        if (lagRecords() == 0 || oldestUnconsumedAt == null) {
            return 0;
        }
        return Math.max(0, Duration.between(oldestUnconsumedAt, now).toMillis() / 1000.0);
    }
}
