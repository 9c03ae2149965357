package berlin.gemeinsam.measures.measure.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An ISO 8601 period (e.g. {@code P6M}) of at least a day and at most two years; null passes. */
@Documented
@Constraint(validatedBy = ReviewIntervalValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@interface ReviewInterval {

    String message() default "{measure.review-interval}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
