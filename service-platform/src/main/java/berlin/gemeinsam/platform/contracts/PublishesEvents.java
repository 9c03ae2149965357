package berlin.gemeinsam.platform.contracts;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** A service that publishes events: its outbox names the collections of the aggregates that write them. */
class PublishesEvents implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return Binder.get(context.getEnvironment())
                .bind("gemeinsam.outbox.collections", Bindable.setOf(String.class))
                .map(collections -> !collections.isEmpty())
                .orElse(false);
    }
}
