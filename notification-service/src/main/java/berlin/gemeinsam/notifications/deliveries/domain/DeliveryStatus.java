package berlin.gemeinsam.notifications.deliveries.domain;

/** Where the delivery of one notification on one channel stands. Every status but {@link #PENDING} is final. */
public enum DeliveryStatus {
    /** Written, not sent yet: waiting for its sender, or for its next attempt after a failed one. */
    PENDING,
    SENT,
    /** Given up after the last attempt; the reason says why. */
    FAILED,
    /** Not sent and never will be, for a {@link SuppressionReason}. */
    SUPPRESSED
}
