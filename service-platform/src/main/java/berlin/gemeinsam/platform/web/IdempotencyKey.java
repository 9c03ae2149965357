package berlin.gemeinsam.platform.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value of an {@code Idempotency-Key} header: 1 to 100 printable ASCII characters, not only spaces. An empty key
 * would make every keyless retry of a client the same request.
 */
@Documented
@Constraint(validatedBy = {})
@Size(min = 1, max = IdempotencyKey.MAX_LENGTH)
@Pattern(regexp = "[\\x20-\\x7E]*[\\x21-\\x7E][\\x20-\\x7E]*")
@ReportAsSingleViolation
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface IdempotencyKey {

    int MAX_LENGTH = 100;

    String message() default "{idempotency-key.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
