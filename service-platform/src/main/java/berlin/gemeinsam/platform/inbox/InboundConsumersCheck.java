package berlin.gemeinsam.platform.inbox;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.ConfigurableEnvironment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stops the start of a service whose consumers and {@code gemeinsam.inbound} declarations disagree: a declared
 * binding without its consumer bean would silently consume nothing, an undeclared consumer would never be bound,
 * and a consumer named unlike its bean would keep its record of processed events under another name.
 */
public class InboundConsumersCheck implements SmartInitializingSingleton {

    private final ListableBeanFactory beans;
    private final ConfigurableEnvironment environment;

    public InboundConsumersCheck(ListableBeanFactory beans, ConfigurableEnvironment environment) {
        this.beans = beans;
        this.environment = environment;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Map<String, String> consumers = new HashMap<>();
        beans.getBeansOfType(EventConsumer.class).forEach((bean, consumer) -> consumers.put(bean, consumer.name()));
        beans.getBeansOfType(EventBatchConsumer.class).forEach((bean, consumer) -> consumers.put(bean, consumer.name()));
        List<String> problems = disagreements(InboundBindings.declaredIn(environment).keySet(), consumers);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Consumers and " + InboundBindings.PREFIX + " disagree: "
                    + String.join("; ", problems));
        }
    }

    /** What is wrong between the declared bindings and the consumer beans (bean name to consumer name). */
    static List<String> disagreements(Set<String> declared, Map<String, String> consumers) {
        List<String> problems = new ArrayList<>();
        declared.stream().filter(binding -> !consumers.containsKey(binding)).sorted()
                .forEach(binding -> problems.add("no consumer bean named " + binding));
        consumers.keySet().stream().filter(bean -> !declared.contains(bean)).sorted()
                .forEach(bean -> problems.add("consumer bean " + bean + " is not declared"));
        consumers.entrySet().stream().filter(consumer -> !consumer.getKey().equals(consumer.getValue()))
                .map(consumer -> "consumer bean " + consumer.getKey() + " is named " + consumer.getValue())
                .sorted().forEach(problems::add);
        return problems;
    }
}
