package berlin.gemeinsam.platform.inbox;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class InboundBindingsTest {

    private static StandardEnvironment environmentWith(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("service", properties));
        new InboundBindings().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    @Test
    void aDeclaredConsumerIsBoundToItsStreamOfEveryUnitInTheInstancesGroup() {
        StandardEnvironment environment = environmentWith(Map.of(
                "gemeinsam.unit", "mitte", "gemeinsam.service", "ideas-service",
                "gemeinsam.inbound.measureEvents.stream", "measures",
                "gemeinsam.inbound.participationEvents.stream", "participation"));

        assertThat(environment.getProperty("spring.cloud.function.definition").split(";"))
                .containsExactlyInAnyOrder("measureEvents", "participationEvents");
        assertThat(environment.getProperty("spring.cloud.stream.bindings.measureEvents-in-0.destination"))
                .isEqualTo("gemeinsam\\.[a-z0-9-]+\\.measures")
                .satisfies(pattern -> assertThat("gemeinsam.pankow.measures").matches(pattern))
                .satisfies(pattern -> assertThat("gemeinsam.pankow.ideas").doesNotMatch(pattern));
        assertThat(environment.getProperty("spring.cloud.stream.bindings.participationEvents-in-0.group"))
                .isEqualTo("mitte.ideas-service");
        assertThat(environment.getProperty("spring.cloud.stream.bindings.measureEvents-in-0.consumer.batch-mode"))
                .isNull();
    }

    @Test
    void aBatchConsumerGetsWholePollsOfRawRecords() {
        StandardEnvironment environment = environmentWith(Map.of(
                "gemeinsam.inbound.ideaEvents.stream", "ideas", "gemeinsam.inbound.ideaEvents.batch", "true"));

        assertThat(environment.getProperty("spring.cloud.stream.bindings.ideaEvents-in-0.consumer.batch-mode"))
                .isEqualTo("true");
        assertThat(environment.getProperty("spring.cloud.stream.bindings.ideaEvents-in-0.content-type"))
                .isEqualTo("application/octet-stream");
    }

    @Test
    void whatAServiceSetsItselfWins() {
        StandardEnvironment environment = environmentWith(Map.of(
                "gemeinsam.inbound.ideaEvents.stream", "ideas",
                "spring.cloud.stream.bindings.ideaEvents-in-0.group", "special"));

        assertThat(environment.getProperty("spring.cloud.stream.bindings.ideaEvents-in-0.group")).isEqualTo("special");
    }

    @Test
    void aServiceWithoutConsumersGetsNoBindings() {
        assertThat(environmentWith(Map.of()).getProperty("spring.cloud.function.definition")).isNull();
    }

    private static final Map<String, Object> CENTRAL_AND_UNITS = Map.of(
            "gemeinsam.service", "ideas-service",
            "gemeinsam.inbound.centralEvents.stream", "ideas",
            "gemeinsam.inbound.centralEvents.units", "central",
            "gemeinsam.inbound.measureEvents.stream", "measures",
            "gemeinsam.inbound.measureEvents.except-units[0]", "central");

    private static Map<String, Object> onUnit(String unit) {
        Map<String, Object> properties = new HashMap<>(CENTRAL_AND_UNITS);
        properties.put("gemeinsam.unit", unit);
        return properties;
    }

    @Test
    void aDeclarationForSomeUnitsIsBoundOnlyOnTheirInstances() {
        StandardEnvironment central = environmentWith(onUnit("central"));
        StandardEnvironment mitte = environmentWith(onUnit("mitte"));

        assertThat(central.getProperty("spring.cloud.function.definition")).isEqualTo("centralEvents");
        assertThat(central.getProperty("spring.cloud.stream.bindings.centralEvents-in-0.group"))
                .isEqualTo("central.ideas-service");
        assertThat(central.getProperty("spring.cloud.stream.bindings.measureEvents-in-0.destination")).isNull();
        assertThat(mitte.getProperty("spring.cloud.function.definition")).isEqualTo("measureEvents");
        assertThat(mitte.getProperty("spring.cloud.stream.bindings.centralEvents-in-0.destination")).isNull();
        assertThat(InboundBindings.declaredIn(mitte)).containsOnlyKeys("measureEvents");
    }

    @Test
    void aConsumerBeanExistsOnlyWhereItsBindingIsDeclaredForTheUnit() {
        ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(TwoConsumers.class);
        String[] central = onUnit("central").entrySet().stream()
                .map(property -> property.getKey() + "=" + property.getValue()).toArray(String[]::new);
        String[] mitte = onUnit("mitte").entrySet().stream()
                .map(property -> property.getKey() + "=" + property.getValue()).toArray(String[]::new);

        runner.withPropertyValues(central).run(context -> {
            assertThat(context).hasBean("centralEvents");
            assertThat(context).doesNotHaveBean("measureEvents");
        });
        runner.withPropertyValues(mitte).run(context -> {
            assertThat(context).hasBean("measureEvents");
            assertThat(context).doesNotHaveBean("centralEvents");
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class TwoConsumers {

        @Bean
        @ConditionalOnInbound("centralEvents")
        Consumer<String> centralEvents() {
            return event -> { };
        }

        @Bean
        @ConditionalOnInbound("measureEvents")
        Consumer<String> measureEvents() {
            return event -> { };
        }
    }

    @Test
    void declarationsAndConsumerBeansMustAgree() {
        assertThat(InboundConsumersCheck.disagreements(Set.of("ideaEvents"), Map.of("ideaEvents", "ideaEvents")))
                .isEmpty();
        assertThat(InboundConsumersCheck.disagreements(Set.of("ideaEvents", "measureEvents"),
                Map.of("ideaEvents", "ideas", "supportEvents", "supportEvents")))
                .containsExactly("no consumer bean named measureEvents", "consumer bean supportEvents is not declared",
                        "consumer bean ideaEvents is named ideas");
    }
}
