package berlin.gemeinsam.notifications.subscriptions.domain;

/** What can be followed. */
public enum TargetType {
    IDEA,
    MEASURE,
    /** An administration unit: its followers hear of every idea and measure of the unit. */
    UNIT,
    /** A dialog format of participation-service. */
    FORMAT
}
