package berlin.gemeinsam.measures.measure.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An indicator's target is not its baseline: there would be no way to go. Reported on the field {@code target}. */
@Documented
@Constraint(validatedBy = TargetDiffersFromBaselineValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface TargetDiffersFromBaseline {

    String message() default "{measure.target-equals-baseline}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
