package berlin.gemeinsam.monitor.streams.application;

import berlin.gemeinsam.monitor.access.application.MonitorAccess;
import berlin.gemeinsam.monitor.access.domain.Readership;
import berlin.gemeinsam.monitor.consumers.application.ConsumerGroups;
import berlin.gemeinsam.monitor.consumers.domain.ConsumerGroup;
import berlin.gemeinsam.monitor.streams.domain.OffsetHistory;
import berlin.gemeinsam.monitor.streams.domain.StreamActivity;
import berlin.gemeinsam.monitor.streams.domain.StreamTopic;
import berlin.gemeinsam.monitor.streams.domain.UnitActivity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every unit's streams: when each last had an event, how many events a minute it has, and whether the unit is live.
 * Each read samples the topics' end offsets, and so does the scheduled refresh of the gauges, so the rate is known
 * without anybody asking.
 */
@Service
public class StreamMonitoring {

    private final StreamTopics topics;
    private final ConsumerGroups groups;
    private final MonitorAccess access;
    private final Clock clock;
    private final Duration liveWindow;
    private final Duration rateWindow;
    private final Map<String, OffsetHistory> histories = new ConcurrentHashMap<>();

    public StreamMonitoring(StreamTopics topics, ConsumerGroups groups, MonitorAccess access, Clock clock,
                            @Value("${gemeinsam.monitor.live-window}") Duration liveWindow,
                            @Value("${gemeinsam.monitor.rate-window}") Duration rateWindow) {
        this.topics = topics;
        this.groups = groups;
        this.access = access;
        this.clock = clock;
        this.liveWindow = liveWindow;
        this.rateWindow = rateWindow;
    }

    /** The units the caller reads, by id. */
    public List<UnitActivity> visibleUnits() {
        Readership readership = access.readership();
        return allUnits().stream().filter(unit -> readership.reads(unit.unit())).toList();
    }

    public List<UnitActivity> allUnits() {
        Instant now = clock.instant();
        Map<String, List<StreamActivity>> streamsByUnit = new TreeMap<>();
        for (StreamTopic topic : topics.all()) {
            OffsetHistory history = histories.computeIfAbsent(topic.topic(), name -> new OffsetHistory());
            history.record(now, topic.endOffset());
            OptionalDouble rate = history.eventsPerMinute(now, rateWindow);
            streamsByUnit.computeIfAbsent(topic.unit(), unit -> new ArrayList<>()).add(new StreamActivity(
                    topic.stream(), topic.topic(), topic.endOffset(), topic.lastEventAt(),
                    rate.isPresent() ? rate.getAsDouble() : null));
        }
        Map<String, List<String>> activeGroupsByUnit = new TreeMap<>();
        for (String group : groups.withActiveMembers()) {
            ConsumerGroup.unitOf(group).ifPresent(unit ->
                    activeGroupsByUnit.computeIfAbsent(unit, key -> new ArrayList<>()).add(group));
        }
        activeGroupsByUnit.keySet().forEach(unit -> streamsByUnit.computeIfAbsent(unit, key -> new ArrayList<>()));
        return streamsByUnit.entrySet().stream().map(entry -> {
            List<StreamActivity> streams = entry.getValue().stream()
                    .sorted(Comparator.comparing(StreamActivity::stream)).toList();
            List<String> active = activeGroupsByUnit.getOrDefault(entry.getKey(), List.of()).stream().sorted().toList();
            return new UnitActivity(entry.getKey(), UnitActivity.isLive(active, streams, now, liveWindow), active,
                    streams);
        }).toList();
    }
}
