package berlin.gemeinsam.notifications.subscriptions;

/** What can be followed. */
public enum TargetType {
    IDEA,
    MEASURE,
    /** An administration unit: its followers hear of every idea and measure of the unit. */
    UNIT
}
