package berlin.gemeinsam.notifications.webhooks.web;

import berlin.gemeinsam.notifications.webhooks.application.WebhookUrlPolicy;
import berlin.gemeinsam.notifications.webhooks.domain.UrlRejection;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.util.Optional;

/** Says why a URL is not called: not https, not resolvable, or resolving to an internal address. */
class CallableUrlValidator implements ConstraintValidator<CallableUrl, String> {

    private final WebhookUrlPolicy urls;

    CallableUrlValidator(WebhookUrlPolicy urls) {
        this.urls = urls;
    }

    @Override
    public boolean isValid(String url, ConstraintValidatorContext context) {
        if (url == null || url.isBlank()) {
            return true;
        }
        Optional<UrlRejection> rejection = urls.check(url);
        if (rejection.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate("{webhook.url." + rejection.get() + "}")
                .addConstraintViolation();
        return false;
    }
}
