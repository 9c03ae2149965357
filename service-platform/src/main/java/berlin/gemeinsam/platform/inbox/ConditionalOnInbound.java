package berlin.gemeinsam.platform.inbox;

import org.springframework.context.annotation.Conditional;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A consumer bean (or the configuration declaring it) that exists only where its binding is declared for the
 * instance's unit ({@code gemeinsam.inbound.<name>} with {@code units} or {@code except-units}), so that the
 * declaration in {@code application.yml} decides alone which instance consumes what.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(OnInboundCondition.class)
public @interface ConditionalOnInbound {

    /** The binding's name, which is also the consumer bean's. */
    String value();
}
