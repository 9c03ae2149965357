package berlin.gemeinsam.monitor.deadletters.web;

import berlin.gemeinsam.monitor.deadletters.application.DeadLetterMonitoring;
import berlin.gemeinsam.monitor.deadletters.domain.DeadLetter;
import berlin.gemeinsam.monitor.deadletters.domain.DeadLetterTopic;
import berlin.gemeinsam.monitor.deadletters.domain.Replay;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * The dead-letter topics, their newest entries with the failure, and the replay of an entry to its original topic.
 * The central office reads every unit's; a unit admin reads their own unit's, sees the payloads and replays.
 */
@RestController
@RequestMapping("/api/v1/dead-letters")
class DeadLetterController {

    private final DeadLetterMonitoring monitoring;

    DeadLetterController(DeadLetterMonitoring monitoring) {
        this.monitoring = monitoring;
    }

    @GetMapping
    @Operation(summary = "Each dead-letter topic with its size")
    TopicsView topics() {
        return new TopicsView(monitoring.visibleTopics());
    }

    @GetMapping("/replays")
    @Operation(summary = "The audit log of replays, newest first: who replayed which dead letter when")
    ReplaysView replays() {
        return new ReplaysView(monitoring.auditLog());
    }

    @GetMapping("/{topic}")
    @Operation(summary = "A dead-letter topic's newest entries, newest first, with their failure headers; the "
            + "payload only for a unit admin of the owning unit")
    EntriesView entries(@PathVariable String topic) {
        DeadLetterMonitoring.Entries entries = monitoring.newest(topic);
        return new EntriesView(entries.topic(), entries.unit(), entries.entries().stream()
                .map(deadLetter -> EntryView.of(deadLetter, entries.replays().get(deadLetter.id()),
                        entries.showsPayload()))
                .toList());
    }

    @PostMapping("/{topic}/{partition}/{offset}/replay")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Publishes the dead letter's event again to its original topic, once (a unit admin of the "
            + "owning unit); a second replay of it is a 409")
    Replay replay(@PathVariable String topic, @PathVariable int partition, @PathVariable long offset) {
        return monitoring.replay(topic, partition, offset);
    }

    record TopicsView(List<DeadLetterTopic> topics) {
    }

    record ReplaysView(List<Replay> replays) {
    }

    record EntriesView(String topic, String unit, List<EntryView> entries) {
    }

    /**
     * One dead letter.
     *
     * @param deadLetteredAt when it was written to the dead-letter topic
     * @param key            the event's key (its aggregate id)
     * @param original       where it was consumed from
     * @param failure        why its consumer failed
     * @param event          the CloudEvents attributes it carries
     * @param payload        the event's data as text, only for a unit admin of the owning unit
     * @param replay         its replay, if it was replayed
     */
    record EntryView(int partition, long offset, Instant deadLetteredAt, String key, Original original,
                     Failure failure, Event event, String payload, Replay replay) {

        static EntryView of(DeadLetter deadLetter, Replay replay, boolean showsPayload) {
            Long originalTimestamp = deadLetter.number(DeadLetter.ORIGINAL_TIMESTAMP);
            return new EntryView(deadLetter.partition(), deadLetter.offset(), deadLetter.timestamp(),
                    deadLetter.key() == null ? null : new String(deadLetter.key(), StandardCharsets.UTF_8),
                    new Original(deadLetter.text(DeadLetter.ORIGINAL_TOPIC),
                            deadLetter.number(DeadLetter.ORIGINAL_PARTITION),
                            deadLetter.number(DeadLetter.ORIGINAL_OFFSET),
                            originalTimestamp == null ? null : Instant.ofEpochMilli(originalTimestamp),
                            deadLetter.text(DeadLetter.ORIGINAL_CONSUMER_GROUP)),
                    new Failure(deadLetter.text(DeadLetter.EXCEPTION_CLASS),
                            deadLetter.text(DeadLetter.EXCEPTION_CAUSE_CLASS),
                            deadLetter.text(DeadLetter.EXCEPTION_MESSAGE)),
                    new Event(deadLetter.text("ce_id"), deadLetter.text("ce_type"), deadLetter.text("ce_source"),
                            deadLetter.text("ce_subject"), deadLetter.text("ce_unit"), deadLetter.text("ce_time")),
                    showsPayload && deadLetter.value() != null
                            ? new String(deadLetter.value(), StandardCharsets.UTF_8) : null,
                    replay);
        }
    }

    record Original(String topic, Long partition, Long offset, Instant timestamp, String consumerGroup) {
    }

    /**
     * @param exception the failure's class
     * @param cause     its cause's class, if it had one
     * @param message   its message
     */
    record Failure(String exception, String cause, String message) {
    }

    record Event(String id, String type, String source, String subject, String unit, String time) {
    }
}
