package berlin.gemeinsam.notifications.subscriptions.domain;

/** The idea, measure, unit, field of action or saved search a subscription follows. */
public record Target(TargetType type, String id) {

    public static Target idea(String ideaId) {
        return new Target(TargetType.IDEA, ideaId);
    }

    public static Target measure(String measureId) {
        return new Target(TargetType.MEASURE, measureId);
    }

    public static Target unit(String unitId) {
        return new Target(TargetType.UNIT, unitId);
    }

    /** A field of action, by the name of {@link berlin.gemeinsam.events.Category}. */
    public static Target category(String categoryName) {
        return new Target(TargetType.CATEGORY, categoryName);
    }

    /** A saved search profile, by the id its content names ({@link SearchProfile#id()}). */
    public static Target search(String profileId) {
        return new Target(TargetType.SEARCH, profileId);
    }
}
