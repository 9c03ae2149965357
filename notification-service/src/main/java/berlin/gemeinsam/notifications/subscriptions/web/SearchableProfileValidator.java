package berlin.gemeinsam.notifications.subscriptions.web;

import berlin.gemeinsam.events.Category;
import berlin.gemeinsam.notifications.subscriptions.domain.GeoPoint;
import berlin.gemeinsam.platform.units.UnitRegistry;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.util.List;
import java.util.stream.Stream;

/** Reports each part of a saved search that cannot be matched on its own field, so that all are corrected at once. */
class SearchableProfileValidator
        implements ConstraintValidator<SearchableProfile, SubscriptionController.ProfileRequest> {

    private final UnitRegistry units;

    SearchableProfileValidator(UnitRegistry units) {
        this.units = units;
    }

    @Override
    public boolean isValid(SubscriptionController.ProfileRequest profile, ConstraintValidatorContext context) {
        if (profile == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        boolean valid = true;
        if (present(profile.units()).anyMatch(unit -> units.find(unit).isEmpty())) {
            valid = rejected(context, "units", context.getDefaultConstraintMessageTemplate());
        }
        if (present(profile.categories()).anyMatch(category -> Category.ofLabel(category).isEmpty())) {
            valid = rejected(context, "categories", "{subscription.target.unknown-category}");
        }
        SubscriptionController.PointRequest point = profile.point();
        if (point != null && point.latitude() != null && point.longitude() != null
                && !GeoPoint.isInBerlin(point.latitude(), point.longitude())) {
            valid = rejected(context, "point", "{subscription.profile.outside-berlin}");
        }
        if (point != null && profile.radiusMeters() == null) {
            valid = rejected(context, "radiusMeters", "{subscription.profile.radius-without-point}");
        }
        if (point == null && profile.radiusMeters() != null) {
            valid = rejected(context, "point", "{subscription.profile.radius-without-point}");
        }
        return valid;
    }

    /** The values worth looking up: blank ones are reported by their own constraint. */
    private static Stream<String> present(List<String> values) {
        return values == null ? Stream.empty()
                : values.stream().filter(value -> value != null && !value.isBlank());
    }

    private static boolean rejected(ConstraintValidatorContext context, String field, String message) {
        context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
        return false;
    }
}
