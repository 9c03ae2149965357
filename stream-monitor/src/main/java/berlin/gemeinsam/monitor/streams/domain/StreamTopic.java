package berlin.gemeinsam.monitor.streams.domain;

import berlin.gemeinsam.events.EventStream;

import java.time.Instant;
import java.util.Optional;

/**
 * What the cluster says about one unit's stream topic ({@code gemeinsam.<unit>.<stream>}).
 *
 * @param topic       the topic's name
 * @param unit        the owning unit
 * @param stream      the stream ({@code ideas}, {@code measures}, {@code participation})
 * @param endOffset   the sum of its partitions' end offsets: how many events were ever written to it
 * @param lastEventAt the newest record's timestamp (the time its producer sent it), empty while the topic is empty
 */
public record StreamTopic(String topic, String unit, String stream, long endOffset, Instant lastEventAt) {

    /** The unit and stream a topic name stands for, empty for a topic that is no unit's stream. */
    public static Optional<String[]> unitAndStreamOf(String topic) {
        String unit = EventStream.unitOfTopic(topic);
        if (unit == null) {
            return Optional.empty();
        }
        for (EventStream stream : EventStream.values()) {
            if (stream.topicOf(unit).equals(topic)) {
                return Optional.of(new String[]{unit, topic.substring(topic.lastIndexOf('.') + 1)});
            }
        }
        return Optional.empty();
    }
}
