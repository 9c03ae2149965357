package berlin.gemeinsam.participation.formats.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

class FormatTimesValidator implements ConstraintValidator<FormatTimes, FormatController.FormatRequest> {

    @Override
    public boolean isValid(FormatController.FormatRequest format, ConstraintValidatorContext context) {
        if (format == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        boolean valid = true;
        if (format.start() != null && format.end() != null && !format.end().isAfter(format.start())) {
            valid = reject(context, "end", "{format.end-not-after-start}");
        }
        if (format.start() != null && format.registrationDeadline() != null
                && !format.registrationDeadline().isBefore(format.start())) {
            valid = reject(context, "registrationDeadline", "{format.deadline-not-before-start}");
        }
        if (isBlank(format.place()) && isBlank(format.onlineLink())) {
            valid = reject(context, "place", "{format.place-or-link}");
        }
        return valid;
    }

    private static boolean reject(ConstraintValidatorContext context, String field, String message) {
        context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
        return false;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
