package berlin.gemeinsam.notifications.subscriptions.web;

import berlin.gemeinsam.notifications.subscriptions.domain.TargetType;
import berlin.gemeinsam.platform.units.UnitRegistry;
import berlin.gemeinsam.platform.web.ResourceIds;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Reports a target id of the wrong shape or an unknown unit on the target's {@code id}, the field to correct. */
class FollowableTargetValidator implements ConstraintValidator<FollowableTarget, SubscriptionController.TargetRequest> {

    private final UnitRegistry units;

    FollowableTargetValidator(UnitRegistry units) {
        this.units = units;
    }

    @Override
    public boolean isValid(SubscriptionController.TargetRequest target, ConstraintValidatorContext context) {
        if (target == null || target.type() == null || target.id() == null || target.id().isBlank()) {
            return true;
        }
        String message;
        if (target.type() == TargetType.UNIT) {
            if (units.find(target.id()).isPresent()) {
                return true;
            }
            message = context.getDefaultConstraintMessageTemplate();
        } else {
            if (ResourceIds.isResourceId(target.id())) {
                return true;
            }
            message = "{id.not-a-uuid}";
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(message).addPropertyNode("id").addConstraintViolation();
        return false;
    }
}
