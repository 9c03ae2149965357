package berlin.gemeinsam.platform.units;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.util.Set;

/**
 * Configuration of a service instance.
 *
 * @param unit     id of the owning unit (environment {@code GEMEINSAM_UNIT}), one of {@code units.json}
 * @param service  the service's name, part of the event source and the consumer groups
 * @param outbox   how the relay publishes pending events
 * @param producer how long the broker may take to acknowledge what the service writes
 */
@Validated
@ConfigurationProperties("gemeinsam")
public record GemeinsamProperties(@NotBlank String unit, @NotBlank String service, Outbox outbox,
                                  Producer producer) {

    public GemeinsamProperties {
        outbox = outbox == null ? new Outbox(null, null, null, 0) : outbox;
        producer = producer == null ? new Producer(null) : producer;
    }

    /**
     * @param collections   the collections of aggregates that write events; the relay sweeps only these
     * @param sweepInterval how often the relay looks for events nobody told it of (a write whose answer the store
     *                      lost after writing it); it sweeps at start-up as well, for what a crash left behind
     * @param retryInterval how soon the relay sweeps again after the broker refused or did not answer
     * @param batchSize     how many aggregates one relay pass takes at most
     */
    public record Outbox(Set<String> collections, Duration sweepInterval, Duration retryInterval, int batchSize) {
        public Outbox {
            collections = collections == null ? Set.of() : Set.copyOf(collections);
            sweepInterval = sweepInterval == null ? Duration.ofMinutes(1) : sweepInterval;
            retryInterval = retryInterval == null ? Duration.ofSeconds(2) : retryInterval;
            batchSize = batchSize <= 0 ? 500 : batchSize;
        }
    }

    /**
     * @param deliveryTimeout how long a record may take to be acknowledged, retries included, before its send fails
     *                        and the relay tries again later (Kafka's {@code delivery.timeout.ms})
     */
    public record Producer(Duration deliveryTimeout) {
        public Producer {
            deliveryTimeout = deliveryTimeout == null ? Duration.ofSeconds(30) : deliveryTimeout;
        }
    }
}
