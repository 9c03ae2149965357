package berlin.gemeinsam.measures.measure.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A date that is today or before, in Berlin's days by the service's clock. */
@Documented
@Constraint(validatedBy = NotInFutureValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@interface NotInFuture {

    String message() default "{measure.date-in-future}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
