package berlin.gemeinsam.platform.inbox;

import berlin.gemeinsam.testsupport.KafkaTestClient;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the test application's dead-letter topic holds. */
final class DeadLetterAssertions {

    static final String DEAD_LETTERS = "gemeinsam.mitte.platform-testapp.dlq";

    private DeadLetterAssertions() {
    }

    /** The dead letters of the records sent with this key, once {@code expected} of them arrived. */
    static List<ConsumerRecord<String, String>> deadLettersOf(String key, int expected) {
        return KafkaTestClient.read(DEAD_LETTERS, record -> key.equals(record.key()), expected, Duration.ofSeconds(30));
    }

    /** A dead letter names where it came from and why it failed: the failure's class and message, no stack trace. */
    static void assertFailureHeaders(ConsumerRecord<String, String> deadLetter, String originalTopic) {
        assertThat(KafkaTestClient.header(deadLetter, "kafka_dlt-original-topic")).isEqualTo(originalTopic);
        assertThat(KafkaTestClient.header(deadLetter, "kafka_dlt-original-offset")).isNotBlank();
        assertThat(KafkaTestClient.header(deadLetter, "kafka_dlt-exception-fqcn")).isNotBlank();
        assertThat(KafkaTestClient.header(deadLetter, "kafka_dlt-exception-message")).isNotBlank();
        assertThat(deadLetter.headers().toArray()).noneSatisfy(header -> assertThat(header.key()).contains("stacktrace"));
    }

    /** The failure as the dead letter reports it, class and message of the failure and of its cause. */
    static String failure(ConsumerRecord<String, String> deadLetter) {
        return String.join(" | ",
                String.valueOf(KafkaTestClient.header(deadLetter, "kafka_dlt-exception-fqcn")),
                String.valueOf(KafkaTestClient.header(deadLetter, "kafka_dlt-exception-cause-fqcn")),
                String.valueOf(KafkaTestClient.header(deadLetter, "kafka_dlt-exception-message")));
    }
}
