package berlin.gemeinsam.notifications.webhooks.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A webhook URL the service may post to ({@code WebhookUrlPolicy}): https, to public addresses only. */
@Documented
@Constraint(validatedBy = CallableUrlValidator.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@interface CallableUrl {

    String message() default "{webhook.url.INVALID}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
