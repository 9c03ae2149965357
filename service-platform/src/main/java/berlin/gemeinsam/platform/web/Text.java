package berlin.gemeinsam.platform.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text a person typed and others read: no control characters (in a multi-line text line breaks and tabs are
 * allowed), no halves of a Unicode character (the store would keep a replacement character, so what is stored
 * would differ from what was sent), and at least one visible character, so that a title of a zero-width space or
 * a problem of a non-breaking space does not pass as text. Whether a text is required at all is for
 * {@code @NotBlank}: {@code null} and values of plain spaces and line breaks are left to it.
 */
@Documented
@Constraint(validatedBy = TextValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface Text {

    /** Line feeds, carriage returns and tabs are allowed. */
    boolean multiline() default false;

    String message() default "{text.not-visible}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
