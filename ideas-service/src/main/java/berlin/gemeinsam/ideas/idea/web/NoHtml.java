package berlin.gemeinsam.ideas.idea.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text without markup: ideas are shown in other services and apps, and rejecting markup is clearer to the author
 * than stripping it silently. A {@code <} directly followed by a letter, {@code /}, {@code !} or {@code ?} opens a
 * tag, a comment or a declaration; a {@code <} followed by a space or a digit ("a < b", "<3") is text.
 */
@Documented
@Constraint(validatedBy = NoHtmlValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@interface NoHtml {

    String message() default "{idea.html}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
