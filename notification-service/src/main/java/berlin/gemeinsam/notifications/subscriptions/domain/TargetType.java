package berlin.gemeinsam.notifications.subscriptions.domain;

/** What can be followed. */
public enum TargetType {
    IDEA,
    MEASURE,
    /** An administration unit: its followers hear of every idea and measure of the unit. */
    UNIT,
    /**
     * A field of action ({@link berlin.gemeinsam.events.Category}): its followers hear of every new idea and measure
     * in it.
     */
    CATEGORY,
    /** A saved search profile ({@link SearchProfile}): its follower hears of new ideas and measures matching it. */
    SEARCH,
    /** A dialog format of participation-service. */
    FORMAT
}
