package berlin.gemeinsam.platform.outbox;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.Set;

/**
 * How the relay publishes pending events.
 *
 * @param collections   the collections of aggregates that write events; the relay sweeps only these
 * @param sweepInterval how often the relay looks for events nobody told it of (a write whose answer the store
 *                      lost after writing it); it sweeps at start-up as well, for what a crash left behind
 * @param retryInterval how soon the relay sweeps again after the broker refused or did not answer
 * @param batchSize     how many aggregates one relay pass takes at most
 */
@ConfigurationProperties("gemeinsam.outbox")
public record OutboxProperties(Set<String> collections, Duration sweepInterval, Duration retryInterval, int batchSize) {

    public OutboxProperties {
        collections = collections == null ? Set.of() : Set.copyOf(collections);
        sweepInterval = sweepInterval == null ? Duration.ofMinutes(1) : sweepInterval;
        retryInterval = retryInterval == null ? Duration.ofSeconds(2) : retryInterval;
        batchSize = batchSize <= 0 ? 500 : batchSize;
    }
}
