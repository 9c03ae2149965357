package berlin.gemeinsam.measures.measure.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Compares with the service's clock, so that the check agrees with the milestones' overdue flags. */
class NotInFutureValidator implements ConstraintValidator<NotInFuture, LocalDate> {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final Clock clock;

    NotInFutureValidator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
        return date == null || !date.isAfter(LocalDate.ofInstant(clock.instant(), BERLIN));
    }
}
