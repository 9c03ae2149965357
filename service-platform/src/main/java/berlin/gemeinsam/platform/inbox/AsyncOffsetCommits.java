package berlin.gemeinsam.platform.inbox;

import org.springframework.cloud.stream.config.ListenerContainerCustomizer;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;

/**
 * The bindings' listener containers commit a poll's offsets without waiting for the broker's answer. They commit
 * only after the listener returned for the whole poll (the binder's {@code ack-mode: batch}), so the poll's effects
 * are in the store before its offsets are sent either way. What a commit that is not waited for risks is to be lost
 * with a crash or a rebalance: the records after the last commit that landed are delivered again, and the consumers
 * drop them as processed before. Waiting cost the consumer's thread a round trip to the broker after every poll.
 */
public final class AsyncOffsetCommits implements ListenerContainerCustomizer<AbstractMessageListenerContainer<?, ?>> {

    @Override
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group) {
        container.getContainerProperties().setSyncCommits(false);
    }
}
