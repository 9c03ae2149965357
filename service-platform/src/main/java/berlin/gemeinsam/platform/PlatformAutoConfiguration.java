package berlin.gemeinsam.platform;

import berlin.gemeinsam.platform.events.EventMetrics;
import berlin.gemeinsam.platform.health.DocumentStoreHealthIndicator;
import berlin.gemeinsam.platform.inbox.DeadLetters;
import berlin.gemeinsam.platform.inbox.InboundEvents;
import berlin.gemeinsam.platform.inbox.ProcessedEvents;
import berlin.gemeinsam.platform.outbox.EventOutbox;
import berlin.gemeinsam.platform.outbox.OutboxRelay;
import berlin.gemeinsam.platform.units.GemeinsamProperties;
import berlin.gemeinsam.platform.units.OwningUnit;
import berlin.gemeinsam.platform.units.UnitRegistry;
import berlin.gemeinsam.platform.web.ProblemDetailsAdvice;
import berlin.gemeinsam.platform.web.Problems;
import berlin.gemeinsam.platform.audit.AuditLog;
import berlin.gemeinsam.platform.security.Access;
import org.springframework.web.servlet.LocaleResolver;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.listener.DefaultErrorHandler;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.ZoneOffset;

/** Wires the shared plumbing into every service; services only declare their domain and its handlers. */
@AutoConfiguration
@EnableConfigurationProperties(GemeinsamProperties.class)
public class PlatformAutoConfiguration {

    /** Millisecond ticks: the store keeps milliseconds, so an answer shows the time a later read shows. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.tickMillis(ZoneOffset.UTC);
    }

    @Bean
    UnitRegistry unitRegistry() {
        return UnitRegistry.standard();
    }

    /** Fails the start of an instance configured for a unit that does not exist. */
    @Bean
    OwningUnit owningUnit(GemeinsamProperties properties, UnitRegistry units) {
        return new OwningUnit(units.find(properties.unit()).orElseThrow(() -> new IllegalStateException(
                "gemeinsam.unit=" + properties.unit() + " is no unit of units.json")), properties.service());
    }

    @Bean
    EventMetrics eventMetrics(MeterRegistry registry) {
        return new EventMetrics(registry);
    }

    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, StreamBridge streamBridge, EventMetrics metrics,
                            MeterRegistry registry, GemeinsamProperties properties) {
        return new OutboxRelay(mongo, properties.outbox().collections(), streamBridge, metrics, registry,
                properties.outbox().sweepInterval(), properties.outbox().batchSize());
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
    NewTopic deadLetterTopic(OwningUnit owner) {
        return DeadLetters.topic(owner);
    }

    /** Named in the binder's consumer defaults ({@code common-error-handler-bean-name}). */
    @Bean
    DefaultErrorHandler deadLetteringErrorHandler(OwningUnit owner, KafkaProperties kafka) {
        return DeadLetters.errorHandler(owner, kafka.buildProducerProperties());
    }

    @Bean
    Problems problems(MessageSource messageSource, LocaleResolver localeResolver, JsonMapper json) {
        return new Problems(messageSource, localeResolver, json);
    }

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice(Problems problems, Access access) {
        return new ProblemDetailsAdvice(problems, access);
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
