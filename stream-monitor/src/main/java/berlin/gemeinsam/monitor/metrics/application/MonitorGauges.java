package berlin.gemeinsam.monitor.metrics.application;

import berlin.gemeinsam.monitor.consumers.application.ConsumerMonitoring;
import berlin.gemeinsam.monitor.consumers.domain.ConsumerGroup;
import berlin.gemeinsam.monitor.consumers.domain.PartitionPosition;
import berlin.gemeinsam.monitor.deadletters.application.DeadLetterMonitoring;
import berlin.gemeinsam.monitor.streams.application.StreamMonitoring;
import berlin.gemeinsam.monitor.streams.domain.StreamActivity;
import berlin.gemeinsam.monitor.streams.domain.UnitActivity;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The monitor's Prometheus gauges, refreshed every {@code gemeinsam.monitor.refresh-interval} from the cluster: the
 * consumer groups' lag per topic (records: summed over the partitions; seconds: the partition that waits longest),
 * the dead-letter topics' sizes and the age of each unit's stream's newest event. A group, topic or stream that is
 * gone drops out of the gauges with the next refresh.
 */
@Service
public class MonitorGauges implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(MonitorGauges.class);

    private final StreamMonitoring streams;
    private final ConsumerMonitoring consumers;
    private final DeadLetterMonitoring deadLetters;
    private final Clock clock;
    private final Duration refreshInterval;
    private final MultiGauge lagRecords;
    private final MultiGauge lagSeconds;
    private final MultiGauge deadLetterSizes;
    private final MultiGauge lastEventAges;

    public MonitorGauges(StreamMonitoring streams, ConsumerMonitoring consumers, DeadLetterMonitoring deadLetters,
                         Clock clock, MeterRegistry registry,
                         @Value("${gemeinsam.monitor.refresh-interval}") Duration refreshInterval) {
        this.streams = streams;
        this.consumers = consumers;
        this.deadLetters = deadLetters;
        this.clock = clock;
        this.refreshInterval = refreshInterval;
        this.lagRecords = MultiGauge.builder("gemeinsam.consumer.lag.records")
                .description("records of the topic the consumer group has not consumed yet").register(registry);
        this.lagSeconds = MultiGauge.builder("gemeinsam.consumer.lag.seconds")
                .description("how long the oldest record of the topic the group has not consumed has waited")
                .register(registry);
        this.deadLetterSizes = MultiGauge.builder("gemeinsam.dead.letters")
                .description("entries in the dead-letter topic").register(registry);
        this.lastEventAges = MultiGauge.builder("gemeinsam.unit.last.event.age.seconds")
                .description("seconds since the newest event of the unit's stream").register(registry);
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::refreshQuietly, refreshInterval);
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            log.warn("Could not refresh the monitor's gauges from the cluster: {}", e.getMessage());
        }
    }

    /** Reads the cluster and sets every gauge. */
    public void refresh() {
        Instant now = clock.instant();
        Map<Tags, Long> records = new LinkedHashMap<>();
        Map<Tags, Double> seconds = new LinkedHashMap<>();
        for (ConsumerGroup group : consumers.allGroups()) {
            for (PartitionPosition position : group.partitions()) {
                Tags tags = Tags.of("group", group.group(), "topic", position.topic());
                records.merge(tags, position.lagRecords(), Long::sum);
                seconds.merge(tags, position.lagSeconds(now), Math::max);
            }
        }
        lagRecords.register(rows(records), true);
        lagSeconds.register(rows(seconds), true);
        deadLetterSizes.register(deadLetters.allTopics().stream()
                .map(topic -> MultiGauge.Row.of(Tags.of("topic", topic.topic()), topic.size())).toList(), true);
        List<MultiGauge.Row<?>> ages = new ArrayList<>();
        for (UnitActivity unit : streams.allUnits()) {
            for (StreamActivity stream : unit.streams()) {
                if (stream.lastEventAt() != null) {
                    ages.add(MultiGauge.Row.of(Tags.of("unit", unit.unit(), "stream", stream.stream()),
                            Duration.between(stream.lastEventAt(), now).toMillis() / 1000.0));
                }
            }
        }
        lastEventAges.register(ages, true);
    }

    private static List<MultiGauge.Row<?>> rows(Map<Tags, ? extends Number> values) {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        values.forEach((tags, value) -> rows.add(MultiGauge.Row.of(tags, value)));
        return rows;
    }
}
