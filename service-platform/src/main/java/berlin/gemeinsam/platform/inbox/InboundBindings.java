package berlin.gemeinsam.platform.inbox;

import berlin.gemeinsam.events.EventStream;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Turns a service's declaration of what it consumes into Spring Cloud Stream's configuration, so that a binding's
 * name, its topic pattern and its consumer group are written once:
 * <pre>
 * gemeinsam:
 *   inbound:
 *     measureEvents:        # the binding, named like the consumer bean
 *       stream: measures    # read from every unit's topic of this stream
 *       batch: false        # true: the consumer takes a whole poll (InboundEvents#batchConsumer)
 *       units: []           # only the instances of these units consume (empty: every unit's)
 *       except-units: []    # the instances of these units do not consume
 * </pre>
 * The topic pattern comes from {@link EventStream}, the group is {@code <unit>.<service>}. Settings a service writes
 * under {@code spring.cloud.*} itself win over these. A declaration that is not for the instance's unit
 * ({@code gemeinsam.unit}) does not exist on it: no binding, and its consumer bean must not exist either
 * ({@link ConditionalOnInbound}). {@link InboundConsumersCheck} stops a start whose declarations and consumer beans
 * disagree.
 */
public class InboundBindings implements EnvironmentPostProcessor {

    static final String PREFIX = "gemeinsam.inbound";

    static final String UNIT = "gemeinsam.unit";

    /** What a service declares for one binding. */
    public record Inbound(EventStream stream, boolean batch, Set<String> units, Set<String> exceptUnits) {

        public Inbound {
            units = units == null ? Set.of() : Set.copyOf(units);
            exceptUnits = exceptUnits == null ? Set.of() : Set.copyOf(exceptUnits);
        }

        /** Whether an instance of {@code unit} (null when none is configured) consumes through this binding. */
        boolean isFor(String unit) {
            if (unit == null) {
                return units.isEmpty();
            }
            return (units.isEmpty() || units.contains(unit)) && !exceptUnits.contains(unit);
        }
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Inbound> declared = declaredIn(environment);
        if (declared.isEmpty()) {
            return;
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.cloud.function.definition", String.join(";", declared.keySet()));
        declared.forEach((name, inbound) -> {
            String binding = "spring.cloud.stream.bindings." + name + "-in-0.";
            properties.put(binding + "destination", inbound.stream().topicPattern());
            properties.put(binding + "group", "${gemeinsam.unit}.${gemeinsam.service}");
            if (inbound.batch()) {
                // the JSON message converter turns a batch of byte[] into an empty list: the records stay raw bytes
                properties.put(binding + "content-type", "application/octet-stream");
                properties.put(binding + "consumer.batch-mode", true);
            }
        });
        environment.getPropertySources().addLast(new MapPropertySource("gemeinsamInboundBindings", properties));
    }

    /** The declarations for the instance's unit, in the order the service wrote them. */
    static Map<String, Inbound> declaredIn(Environment environment) {
        String unit = environment.getProperty(UNIT);
        Map<String, Inbound> declared = new LinkedHashMap<>();
        Binder.get(environment)
                .bind(PREFIX, Bindable.mapOf(String.class, Inbound.class))
                .ifBound(all -> all.forEach((name, inbound) -> {
                    if (inbound.isFor(unit)) {
                        declared.put(name, inbound);
                    }
                }));
        return declared;
    }
}
