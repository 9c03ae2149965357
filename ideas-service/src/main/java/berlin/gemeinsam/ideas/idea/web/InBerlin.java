package berlin.gemeinsam.ideas.idea.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A location inside Berlin's bounding box (see {@code Location}); ideas are about the city. */
@Documented
@Constraint(validatedBy = InBerlinValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@interface InBerlin {

    String message() default "{idea.location.outside-berlin}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
