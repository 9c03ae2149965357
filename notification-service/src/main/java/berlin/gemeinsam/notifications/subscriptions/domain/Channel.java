package berlin.gemeinsam.notifications.subscriptions.domain;

/** Where a subscriber is told what happened to what they follow. */
public enum Channel {
    /** The feed in the app, listed or watched live. */
    IN_APP,
    /** A mail to the subscriber's confirmed address. */
    EMAIL,
    /** A signed post to each of the subscriber's enabled webhook endpoints. */
    WEBHOOK
}
