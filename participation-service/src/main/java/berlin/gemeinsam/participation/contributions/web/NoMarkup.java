package berlin.gemeinsam.participation.contributions.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text without markup: comments and feedback are shown in other apps, and rejecting markup is clearer to the author than
 * stripping it silently. A {@code <} directly followed by a letter, {@code /}, {@code !} or {@code ?} opens a tag, a
 * comment or a declaration; a {@code <} followed by a space or a digit ("a < b", "<3") is text.
 */
@Documented
@Constraint(validatedBy = NoMarkupValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface NoMarkup {

    String message() default "{contribution.markup}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
