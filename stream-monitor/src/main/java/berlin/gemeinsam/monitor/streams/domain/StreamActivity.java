package berlin.gemeinsam.monitor.streams.domain;

import java.time.Instant;

/**
 * How active one unit's stream is.
 *
 * @param stream          the stream
 * @param topic           its topic
 * @param events          events written to it so far (the sum of its partitions' end offsets)
 * @param lastEventAt     the newest event's record timestamp, {@code null} while there is none
 * @param eventsPerMinute from the topic's end offsets sampled over the rate window, {@code null} until there are two
 */
public record StreamActivity(String stream, String topic, long events, Instant lastEventAt, Double eventsPerMinute) {
}
