package berlin.gemeinsam.testsupport;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.util.Map;

/**
 * One real Kafka broker (KRaft, Kafka's own test kit) per test JVM, started on first use and stopped when the
 * JVM exits. Tests share it and keep apart by topic names and consumer groups.
 */
public final class SharedKafkaBroker {

    private static EmbeddedKafkaKraftBroker broker;

    private SharedKafkaBroker() {
    }

    public static synchronized String bootstrapServers() {
        if (broker == null) {
            EmbeddedKafkaKraftBroker started = new EmbeddedKafkaKraftBroker(1, 3);
            started.brokerProperties(Map.of(
                    "auto.create.topics.enable", "true",
                    "num.partitions", "3",
                    "group.initial.rebalance.delay.ms", "0",
                    "offsets.topic.num.partitions", "5"));
            started.afterPropertiesSet();
            Runtime.getRuntime().addShutdownHook(new Thread(started::destroy, "kafka-broker-shutdown"));
            broker = started;
        }
        return broker.getBrokersAsString();
    }
}
