package berlin.gemeinsam.notifications.subscriptions;

import berlin.gemeinsam.platform.units.UnitRegistry;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Reports an unknown unit on the target's {@code id}, the field the caller has to correct. */
class FollowableTargetValidator implements ConstraintValidator<FollowableTarget, SubscriptionController.TargetRequest> {

    private final UnitRegistry units;

    FollowableTargetValidator(UnitRegistry units) {
        this.units = units;
    }

    @Override
    public boolean isValid(SubscriptionController.TargetRequest target, ConstraintValidatorContext context) {
        if (target == null || target.type() != TargetType.UNIT || target.id() == null || target.id().isBlank()
                || units.find(target.id()).isPresent()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode("id").addConstraintViolation();
        return false;
    }
}
