package berlin.gemeinsam.participation.contributions.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.util.regex.Pattern;

class NoMarkupValidator implements ConstraintValidator<NoMarkup, String> {

    private static final Pattern MARKUP = Pattern.compile("<[\\p{L}/!?]");

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || !MARKUP.matcher(value).find();
    }
}
