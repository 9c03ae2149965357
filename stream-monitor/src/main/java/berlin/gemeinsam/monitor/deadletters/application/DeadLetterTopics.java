package berlin.gemeinsam.monitor.deadletters.application;

import berlin.gemeinsam.monitor.deadletters.domain.DeadLetter;
import berlin.gemeinsam.monitor.deadletters.domain.DeadLetterTopic;

import java.util.List;
import java.util.Optional;

/** The service instances' dead-letter topics on the cluster. */
public interface DeadLetterTopics {

    /** Every topic {@code gemeinsam.<unit>.<service>.dlq} with its size. */
    List<DeadLetterTopic> all();

    /** The topic's newest entries, newest first; empty for a topic that does not exist. */
    Optional<List<DeadLetter>> newest(String topic, int limit);

    Optional<DeadLetter> find(String topic, int partition, long offset);

    /**
     * Publishes the dead letter's event again to its original topic (its key, value and own headers) and waits for
     * the broker's acknowledgement.
     */
    void republish(DeadLetter deadLetter, String originalTopic);
}
