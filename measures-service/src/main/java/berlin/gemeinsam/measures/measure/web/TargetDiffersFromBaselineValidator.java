package berlin.gemeinsam.measures.measure.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

class TargetDiffersFromBaselineValidator
        implements ConstraintValidator<TargetDiffersFromBaseline, MeasureController.IndicatorRequest> {

    @Override
    public boolean isValid(MeasureController.IndicatorRequest indicator, ConstraintValidatorContext context) {
        if (indicator == null || indicator.baseline() == null || indicator.target() == null
                || indicator.target().compareTo(indicator.baseline()) != 0) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode("target").addConstraintViolation();
        return false;
    }
}
