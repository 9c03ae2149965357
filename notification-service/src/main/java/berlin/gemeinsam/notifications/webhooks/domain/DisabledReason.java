package berlin.gemeinsam.notifications.webhooks.domain;

/** Why an endpoint was disabled. */
public enum DisabledReason {
    /** It answered 410 Gone: its owner says it is gone for good. */
    GONE,
    /** It failed a streak of attempts in a row. */
    FAILING
}
