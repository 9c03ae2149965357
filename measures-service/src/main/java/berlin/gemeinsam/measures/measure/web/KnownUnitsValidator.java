package berlin.gemeinsam.measures.measure.web;

import berlin.gemeinsam.platform.units.UnitRegistry;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

import java.util.Collection;
import java.util.List;

/** Checks unit ids against the registry and names the unknown ones, so the caller sees which to fix. */
class KnownUnitsValidator implements ConstraintValidator<KnownUnits, Collection<String>> {

    private final UnitRegistry units;

    KnownUnitsValidator(UnitRegistry units) {
        this.units = units;
    }

    @Override
    public boolean isValid(Collection<String> unitIds, ConstraintValidatorContext context) {
        if (unitIds == null) {
            return true;
        }
        List<String> unknown = unitIds.stream()
                .filter(unitId -> unitId == null || units.find(unitId).isEmpty())
                .map(String::valueOf)
                .distinct()
                .toList();
        if (unknown.isEmpty()) {
            return true;
        }
        context.unwrap(HibernateConstraintValidatorContext.class)
                .addMessageParameter("units", String.join(", ", unknown));
        return false;
    }
}
