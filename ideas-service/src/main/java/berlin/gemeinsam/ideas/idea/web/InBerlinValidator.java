package berlin.gemeinsam.ideas.idea.web;

import berlin.gemeinsam.ideas.idea.domain.Location;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Missing coordinates are left to {@code @NotNull} on them. */
class InBerlinValidator implements ConstraintValidator<InBerlin, IdeaController.LocationRequest> {

    @Override
    public boolean isValid(IdeaController.LocationRequest value, ConstraintValidatorContext context) {
        return value == null || value.latitude() == null || value.longitude() == null
                || Location.isInBerlin(value.latitude(), value.longitude());
    }
}
