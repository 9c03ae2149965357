package berlin.gemeinsam.monitor.streams.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One unit's streams and whether the unit is live.
 *
 * @param unit                 the unit
 * @param live                 whether one of its instances is running or it published recently (see {@link #isLive})
 * @param activeConsumerGroups its consumer groups ({@code <unit>.<service>}) that have active members
 * @param streams              its stream topics on the cluster
 */
public record UnitActivity(String unit, boolean live, List<String> activeConsumerGroups, List<StreamActivity> streams) {

    public UnitActivity {
        activeConsumerGroups = List.copyOf(activeConsumerGroups);
        streams = List.copyOf(streams);
    }

    /**
     * A unit is live when one of its consumer groups has an active member (an instance of it is running and polls,
     * even while nobody in the unit changes anything) or when one of its streams had an event within the window (it
     * publishes, even an instance that consumes nothing).
     */
    public static boolean isLive(List<String> activeConsumerGroups, List<StreamActivity> streams, Instant now,
                                 Duration window) {
        Instant since = now.minus(window);
        return !activeConsumerGroups.isEmpty() || streams.stream()
                .anyMatch(stream -> stream.lastEventAt() != null && !stream.lastEventAt().isBefore(since));
    }
}
