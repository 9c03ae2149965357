package berlin.gemeinsam.notifications.subscriptions.domain;

/** The idea, measure or unit a subscription follows. */
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
}
