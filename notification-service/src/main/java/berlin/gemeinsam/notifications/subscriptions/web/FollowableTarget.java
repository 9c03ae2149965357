package berlin.gemeinsam.notifications.subscriptions.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A target that can be followed: a unit must be one of the unit registry; an idea or a measure lives in another
 * service and is taken as given if its id has the shape those services mint (a follower of one that never appears
 * simply hears nothing); a category must name a field of action; a saved search needs its profile.
 */
@Documented
@Constraint(validatedBy = FollowableTargetValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface FollowableTarget {

    String message() default "{subscription.target.unknown-unit}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
