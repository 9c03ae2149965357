package berlin.gemeinsam.monitor.deadletters.application;

import berlin.gemeinsam.monitor.access.application.MonitorAccess;
import berlin.gemeinsam.monitor.access.domain.Readership;
import berlin.gemeinsam.monitor.deadletters.domain.DeadLetter;
import berlin.gemeinsam.monitor.deadletters.domain.DeadLetterTopic;
import berlin.gemeinsam.monitor.deadletters.domain.Replay;
import berlin.gemeinsam.platform.errors.NotFoundException;
import berlin.gemeinsam.platform.errors.StateConflictException;
import berlin.gemeinsam.platform.security.Caller;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The dead-letter topics, their newest entries and their replay. The central office reads every unit's; a unit
 * admin reads their own unit's, sees the entries' payload and replays them, each once.
 */
@Service
public class DeadLetterMonitoring {

    private static final String RESOURCE = "dead-letter";
    private static final int AUDIT_ENTRIES = 100;

    private final DeadLetterTopics topics;
    private final Replays replays;
    private final MonitorAccess access;
    private final Clock clock;
    private final int newestEntries;

    public DeadLetterMonitoring(DeadLetterTopics topics, Replays replays, MonitorAccess access, Clock clock,
                                @Value("${gemeinsam.monitor.dead-letter-entries}") int newestEntries) {
        this.topics = topics;
        this.replays = replays;
        this.access = access;
        this.clock = clock;
        this.newestEntries = newestEntries;
    }

    public List<DeadLetterTopic> visibleTopics() {
        Readership readership = access.readership();
        return allTopics().stream().filter(topic -> readership.reads(topic.unit())).toList();
    }

    public List<DeadLetterTopic> allTopics() {
        return topics.all().stream().sorted(Comparator.comparing(DeadLetterTopic::topic)).toList();
    }

    /** A dead-letter topic's newest entries, with their replays and whether the caller may see the payload. */
    public Entries newest(String topic) {
        // who asks comes first: without a token 401, whatever the topic's name
        access.readership();
        String unit = unitOf(topic);
        access.readerOf(unit);
        List<DeadLetter> entries = topics.newest(topic, newestEntries)
                .orElseThrow(() -> new NotFoundException(RESOURCE + "-topic", topic));
        Map<String, Replay> replayed = replays.byIds(entries.stream().map(DeadLetter::id).collect(Collectors.toSet()));
        return new Entries(topic, unit, entries, replayed, access.isUnitAdminOf(unit));
    }

    /**
     * Publishes the dead letter's event again to the topic it was consumed from, once: a second replay is a conflict.
     * The replay is recorded (who, when, what) before the event is published and taken back if publishing fails.
     */
    public Replay replay(String topic, int partition, long offset) {
        String unit = unitOf(topic);
        Caller admin = access.unitAdminOf(unit);
        String id = DeadLetter.idOf(topic, partition, offset);
        DeadLetter deadLetter = topics.find(topic, partition, offset)
                .orElseThrow(() -> new NotFoundException(RESOURCE, id));
        String originalTopic = deadLetter.originalTopic().orElseThrow(() -> new StateConflictException(RESOURCE,
                "WITHOUT_ORIGINAL_TOPIC", "replay", List.of()));
        Replay replay = new Replay(id, topic, unit, partition, offset, originalTopic, deadLetter.text("ce_id"),
                deadLetter.text("ce_type"), admin.subject(), clock.instant());
        replays.claim(replay);
        try {
            topics.republish(deadLetter, originalTopic);
        } catch (RuntimeException e) {
            replays.release(replay);
            throw e;
        }
        return replay;
    }

    /** The audit log: the newest replays of the units the caller reads. */
    public List<Replay> auditLog() {
        return replays.newest(access.readership().unit(), AUDIT_ENTRIES);
    }

    private static String unitOf(String topic) {
        return DeadLetterTopic.unitAndServiceOf(topic).map(parts -> parts[0])
                .orElseThrow(() -> new NotFoundException(RESOURCE + "-topic", topic));
    }

    /**
     * A dead-letter topic's newest entries.
     *
     * @param showsPayload whether the caller is a unit admin of the owning unit, the only one who sees payloads
     */
    public record Entries(String topic, String unit, List<DeadLetter> entries, Map<String, Replay> replays,
                          boolean showsPayload) {
    }
}
