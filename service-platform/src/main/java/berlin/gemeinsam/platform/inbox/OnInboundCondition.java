package berlin.gemeinsam.platform.inbox;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

import java.util.Map;

/** Matches where the binding {@link ConditionalOnInbound} names is declared for the instance's unit. */
class OnInboundCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Map<String, Object> attributes = metadata.getAnnotationAttributes(ConditionalOnInbound.class.getName());
        return attributes != null
                && InboundBindings.declaredIn(context.getEnvironment()).containsKey((String) attributes.get("value"));
    }
}
