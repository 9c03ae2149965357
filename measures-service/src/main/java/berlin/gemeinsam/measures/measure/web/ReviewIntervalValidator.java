package berlin.gemeinsam.measures.measure.web;

import berlin.gemeinsam.measures.measure.domain.Measure;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.time.Period;
import java.time.format.DateTimeParseException;

class ReviewIntervalValidator implements ConstraintValidator<ReviewInterval, String> {

    @Override
    public boolean isValid(String interval, ConstraintValidatorContext context) {
        return interval == null || parse(interval) != null && Measure.isReviewInterval(parse(interval));
    }

    /** The period the text names, null when it names none. */
    static Period parse(String interval) {
        try {
            return Period.parse(interval);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
