package berlin.gemeinsam.measures.measure.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Every element is the id of a unit of the {@link berlin.gemeinsam.platform.units.UnitRegistry}. */
@Documented
@Constraint(validatedBy = KnownUnitsValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@interface KnownUnits {

    String message() default "{measure.unknown-units}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
