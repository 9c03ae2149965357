package berlin.gemeinsam.platform;

import berlin.gemeinsam.platform.problems.Problems;
import berlin.gemeinsam.platform.security.Access;
import berlin.gemeinsam.platform.units.InstanceProperties;
import berlin.gemeinsam.platform.units.UnitRegistry;
import berlin.gemeinsam.platform.web.ProblemDetailsAdvice;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

import java.time.Clock;
import java.time.ZoneOffset;

/**
 * What every Gemeinsam application needs, an instance of a unit or not (the stream monitor is none): the clock, the
 * unit registry, strict JSON and the problems every error answer is.
 */
@AutoConfiguration
@EnableConfigurationProperties(InstanceProperties.class)
public class ApplicationBasicsAutoConfiguration {

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

    /**
     * JSON means what it says, for request bodies and events alike: a property given twice is an error, not the last
     * one winning; a number or a boolean is no text; an enum is named, not numbered by its position.
     */
    @Bean
    JsonMapperBuilderCustomizer strictJsonReading() {
        return builder -> builder
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }

    @Bean
    Problems problems(MessageSource messageSource, LocaleResolver localeResolver, JsonMapper json) {
        return new Problems(messageSource, localeResolver, json);
    }

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice(Problems problems, Access access) {
        return new ProblemDetailsAdvice(problems, access);
    }
}
