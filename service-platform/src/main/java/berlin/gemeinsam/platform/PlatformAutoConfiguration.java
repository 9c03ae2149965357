package berlin.gemeinsam.platform;

import berlin.gemeinsam.events.EventStream;
import berlin.gemeinsam.platform.audit.AuditLog;
import berlin.gemeinsam.platform.events.EventMetrics;
import berlin.gemeinsam.platform.events.ProducerProperties;
import berlin.gemeinsam.platform.events.ReliableProducer;
import berlin.gemeinsam.platform.health.DocumentStoreHealthIndicator;
import berlin.gemeinsam.platform.inbox.AsyncOffsetCommits;
import berlin.gemeinsam.platform.inbox.DeadLetters;
import berlin.gemeinsam.platform.inbox.InboundConsumersCheck;
import berlin.gemeinsam.platform.inbox.InboundEvents;
import berlin.gemeinsam.platform.inbox.ProcessedEvents;
import berlin.gemeinsam.platform.outbox.EventOutbox;
import berlin.gemeinsam.platform.outbox.OutboxProperties;
import berlin.gemeinsam.platform.outbox.OutboxRelay;
import berlin.gemeinsam.platform.security.Access;
import berlin.gemeinsam.platform.units.InstanceProperties;
import berlin.gemeinsam.platform.units.OwningUnit;
import berlin.gemeinsam.platform.units.UnitRegistry;
import berlin.gemeinsam.platform.web.IdempotencyKeys;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DefaultErrorHandler;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.Arrays;

/**
 * Wires the shared plumbing into every instance of a unit; services only declare their domain and its handlers.
 * What an application needs that is no unit's instance is in {@link ApplicationBasicsAutoConfiguration}.
 */
@AutoConfiguration(after = ApplicationBasicsAutoConfiguration.class)
@EnableConfigurationProperties({OutboxProperties.class, ProducerProperties.class})
public class PlatformAutoConfiguration {

    /** Partitions of a stream topic: the most consumer instances of one group that share its events. */
    private static final int STREAM_PARTITIONS = 3;

    /** Fails the start of an instance configured for a unit that does not exist. */
    @Bean
    OwningUnit owningUnit(InstanceProperties properties, UnitRegistry units) {
        return new OwningUnit(units.find(properties.unit()).orElseThrow(() -> new IllegalStateException(
                "gemeinsam.unit=" + properties.unit() + " is no unit of units.json")), properties.service());
    }

    @Bean
    EventMetrics eventMetrics(MeterRegistry registry) {
        return new EventMetrics(registry);
    }

    /**
     * The producer of the service's events and dead letters, one for both. Spring Kafka's template rather than the
     * binder's {@code StreamBridge}: the relay needs each record's acknowledgement while many are in flight, which
     * the template gives as a future per record and the bridge only as all-or-nothing synchronous sends.
     */
    @Bean
    DefaultKafkaProducerFactory<byte[], byte[]> eventProducerFactory(KafkaProperties kafka,
                                                                     ProducerProperties producer) {
        return ReliableProducer.factory(kafka.buildProducerProperties(), producer.deliveryTimeout());
    }

    @Bean
    KafkaTemplate<byte[], byte[]> eventKafkaTemplate(DefaultKafkaProducerFactory<byte[], byte[]> eventProducerFactory) {
        return new KafkaTemplate<>(eventProducerFactory);
    }

    /** The unit's stream topics, created at start-up with the partitions the consumers spread over. */
    @Bean
    KafkaAdmin.NewTopics eventStreamTopics(OwningUnit owner) {
        return new KafkaAdmin.NewTopics(Arrays.stream(EventStream.values())
                .map(stream -> TopicBuilder.name(stream.topicOf(owner.id())).partitions(STREAM_PARTITIONS).build())
                .toArray(NewTopic[]::new));
    }

    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<byte[], byte[]> eventKafkaTemplate,
                            EventMetrics metrics, MeterRegistry registry, OutboxProperties outbox,
                            ProducerProperties producer) {
        return new OutboxRelay(mongo, outbox.collections(), eventKafkaTemplate, metrics, registry,
                outbox.sweepInterval(), outbox.retryInterval(), outbox.batchSize(), producer.deliveryTimeout());
    }

    @Bean
    EventOutbox eventOutbox(MongoTemplate mongo, OwningUnit owner, JsonMapper json, OutboxRelay relay, Clock clock) {
        return new EventOutbox(mongo, owner, json, relay, clock);
    }

    @Bean
    ProcessedEvents processedEvents(MongoTemplate mongo, Clock clock) {
        return new ProcessedEvents(mongo, clock);
    }

    @Bean
    InboundEvents inboundEvents(ProcessedEvents processed, JsonMapper json, EventMetrics metrics) {
        return new InboundEvents(processed, json, metrics);
    }

    @Bean
    InboundConsumersCheck inboundConsumersCheck(ListableBeanFactory beans, ConfigurableEnvironment environment) {
        return new InboundConsumersCheck(beans, environment);
    }

    @Bean
    NewTopic deadLetterTopic(OwningUnit owner) {
        return DeadLetters.topic(owner);
    }

    /** Named in the binder's consumer defaults ({@code common-error-handler-bean-name}). */
    @Bean
    DefaultErrorHandler deadLetteringErrorHandler(OwningUnit owner, KafkaTemplate<byte[], byte[]> eventKafkaTemplate) {
        return DeadLetters.errorHandler(owner, eventKafkaTemplate);
    }

    @Bean
    AsyncOffsetCommits asyncOffsetCommits() {
        return new AsyncOffsetCommits();
    }

    @Bean
    IdempotencyKeys idempotencyKeys(MongoTemplate mongo, JsonMapper json, Clock clock) {
        return new IdempotencyKeys(mongo, json, clock);
    }

    @Bean
    AuditLog auditLog(MongoTemplate mongo, Access access, OwningUnit owner, Clock clock) {
        return new AuditLog(mongo, access, owner, clock);
    }

    @Bean("store")
    DocumentStoreHealthIndicator documentStoreHealthIndicator(MongoTemplate mongo) {
        return new DocumentStoreHealthIndicator(mongo);
    }
}
