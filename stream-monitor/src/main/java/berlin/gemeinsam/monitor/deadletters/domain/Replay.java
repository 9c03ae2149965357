package berlin.gemeinsam.monitor.deadletters.domain;

import java.time.Instant;

/**
 * A dead letter published again to its original topic: the audit log's entry, one per dead letter.
 *
 * @param id              the dead letter's identity, {@code <topic>/<partition>/<offset>}
 * @param deadLetterTopic the dead-letter topic
 * @param unit            the unit that owns the dead-letter topic
 * @param partition       the dead letter's partition
 * @param offset          the dead letter's offset
 * @param originalTopic   the topic it was published to again
 * @param eventId         the event's {@code ce_id}, if it had one
 * @param eventType       the event's {@code ce_type}, if it had one
 * @param replayedBy      the token subject of the unit admin who replayed it
 * @param replayedAt      when
 */
public record Replay(String id, String deadLetterTopic, String unit, int partition, long offset, String originalTopic,
                     String eventId, String eventType, String replayedBy, Instant replayedAt) {
}
