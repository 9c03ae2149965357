package berlin.gemeinsam.ideas.idea.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.util.regex.Pattern;

class NoHtmlValidator implements ConstraintValidator<NoHtml, String> {

    private static final Pattern MARKUP = Pattern.compile("<[\\p{L}/!?]");

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || !MARKUP.matcher(value).find();
    }
}
