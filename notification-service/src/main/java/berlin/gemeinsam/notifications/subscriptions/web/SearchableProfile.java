package berlin.gemeinsam.notifications.subscriptions.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A saved search that can be matched: its units are of the unit registry, its categories fields of action, its point
 * inside Berlin, and a point comes with a radius and a radius with a point.
 */
@Documented
@Constraint(validatedBy = SearchableProfileValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface SearchableProfile {

    String message() default "{subscription.target.unknown-unit}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
