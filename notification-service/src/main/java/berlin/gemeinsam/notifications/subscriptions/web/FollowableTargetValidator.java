package berlin.gemeinsam.notifications.subscriptions.web;

import berlin.gemeinsam.events.Category;
import berlin.gemeinsam.notifications.subscriptions.domain.TargetType;
import berlin.gemeinsam.platform.units.UnitRegistry;
import berlin.gemeinsam.platform.web.ResourceIds;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Reports a target id of the wrong shape, an unknown unit or field of action on the target's {@code id}, a saved
 * search without its profile on {@code profile}: the field to correct.
 */
class FollowableTargetValidator implements ConstraintValidator<FollowableTarget, SubscriptionController.TargetRequest> {

    private final UnitRegistry units;

    FollowableTargetValidator(UnitRegistry units) {
        this.units = units;
    }

    @Override
    public boolean isValid(SubscriptionController.TargetRequest target, ConstraintValidatorContext context) {
        if (target == null || target.type() == null) {
            return true;
        }
        if (target.type() == TargetType.SEARCH) {
            return target.profile() != null
                    || rejected(context, "profile", "{jakarta.validation.constraints.NotNull.message}");
        }
        if (target.id() == null || target.id().isBlank()) {
            return rejected(context, "id", "{jakarta.validation.constraints.NotBlank.message}");
        }
        String message;
        if (target.type() == TargetType.UNIT) {
            if (units.find(target.id()).isPresent()) {
                return true;
            }
            message = context.getDefaultConstraintMessageTemplate();
        } else if (target.type() == TargetType.CATEGORY) {
            if (Category.ofLabel(target.id()).isPresent()) {
                return true;
            }
            message = "{subscription.target.unknown-category}";
        } else {
            if (ResourceIds.isResourceId(target.id())) {
                return true;
            }
            message = "{id.not-a-uuid}";
        }
        return rejected(context, "id", message);
    }

    private static boolean rejected(ConstraintValidatorContext context, String field, String message) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
        return false;
    }
}
