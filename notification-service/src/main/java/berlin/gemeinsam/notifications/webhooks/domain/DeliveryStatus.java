package berlin.gemeinsam.notifications.webhooks.domain;

/** Where a webhook delivery stands. */
public enum DeliveryStatus {
    /** To be sent, at its next attempt's time. */
    PENDING,
    /** The endpoint took it (2xx). */
    SENT,
    /** Given up, for a reason: every attempt failed, or the endpoint was disabled by this one. */
    FAILED,
    /** Not sent, for a reason: the endpoint was disabled or deleted before, or no longer told by webhook. */
    SUPPRESSED
}
