package berlin.gemeinsam.platform.inbox;

import berlin.gemeinsam.platform.events.PoisonEventException;
import berlin.gemeinsam.platform.units.OwningUnit;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.messaging.MessagingException;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The dead-letter topic of a consumer (one per service instance's consumer group,
 * {@code gemeinsam.<unit>.<service>.dlq}) and the error handler that fills it.
 *
 * <p>The binder's own DLQ cannot serve consumers that subscribe by topic pattern, so the listener containers
 * get Spring Kafka's error handler instead: it retries a failing record with exponential backoff, then
 * publishes it with the original headers and the failure's (its class and message, not its stack trace) to the
 * dead-letter topic and commits past it, so the rest of the partition keeps flowing. Poison is not retried. The
 * failure named is the consumer's own, not the wrappers the listener container and the binder put around it.
 */
public final class DeadLetters {

    private static final int RETRIES = 3;

    private DeadLetters() {
    }

    public static String topicOf(OwningUnit owner) {
        return "gemeinsam." + owner.id() + "." + owner.service() + ".dlq";
    }

    public static NewTopic topic(OwningUnit owner) {
        return TopicBuilder.name(topicOf(owner)).partitions(3).build();
    }

    /** @param template the service's {@link berlin.gemeinsam.platform.events.ReliableProducer} */
    public static DefaultErrorHandler errorHandler(OwningUnit owner, KafkaTemplate<byte[], byte[]> template) {
        String deadLetterTopic = topicOf(owner);
        DeadLetterPublishingRecoverer publisher = new DeadLetterPublishingRecoverer(template,
                (record, exception) -> new TopicPartition(deadLetterTopic, -1));
        // the failure's class and message say what went wrong; its stack trace is in the service's log
        publisher.excludeHeader(DeadLetterPublishingRecoverer.HeaderNames.HeadersToAdd.EX_STACKTRACE);
        ConsumerAwareRecordRecoverer recoverer = (record, consumer, exception) ->
                publisher.accept(record, consumer, failureOf(exception));
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxInterval(2_000);
        backOff.setMaxAttempts(RETRIES);
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(PoisonEventException.class);
        return handler;
    }

    /** The failure inside the listener container's, the binder's and a batch's wrappers around it. */
    private static Exception failureOf(Exception exception) {
        Exception failure = exception;
        while ((failure instanceof ListenerExecutionFailedException || failure instanceof MessagingException
                || failure instanceof BatchListenerFailedException) && failure.getCause() instanceof Exception cause) {
            failure = cause;
        }
        return failure;
    }
}
