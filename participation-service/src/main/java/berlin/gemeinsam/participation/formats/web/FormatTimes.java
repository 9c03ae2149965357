package berlin.gemeinsam.participation.formats.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A format ends after it starts ({@code end}), registration closes before it starts ({@code registrationDeadline}),
 * and it takes place somewhere or online ({@code place}): each reported on its field.
 */
@Documented
@Constraint(validatedBy = FormatTimesValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface FormatTimes {

    String message() default "{format.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
