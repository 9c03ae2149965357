package berlin.gemeinsam.notifications.subscriptions.domain;

/**
 * How often a subscription's news go out by e-mail. The feed is told at once whatever it says, and so are webhooks:
 * an organisation's system wants each event when it happens, not a summary.
 */
public enum Frequency {
    /** A mail per notification, as soon as it arrives. */
    IMMEDIATELY,
    /** One digest mail a day with everything since the last one. */
    DAILY,
    /** One digest mail a week with everything since the last one. */
    WEEKLY
}
