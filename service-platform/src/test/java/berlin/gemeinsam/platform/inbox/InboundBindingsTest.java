package berlin.gemeinsam.platform.inbox;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import java.util.Map;
import java.util.Set;

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
