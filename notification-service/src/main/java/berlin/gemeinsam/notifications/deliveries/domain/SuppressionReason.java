package berlin.gemeinsam.notifications.deliveries.domain;

/** Why a delivery was not sent although nothing failed. */
public enum SuppressionReason {
    /** The subscriber has no confirmed address: nothing but the confirmation mail goes to an unconfirmed one. */
    ADDRESS_NOT_CONFIRMED,
    /** The subscriber turned the channel off with the one-click link of a mail. */
    UNSUBSCRIBED,
    /** The subscriber took the channel off the subscription. */
    CHANNEL_REMOVED,
    /** The subscriber unfollowed. */
    SUBSCRIPTION_ENDED,
    /** A webhook's: its endpoint was disabled (it answered 410 or failed too often) before it was sent. */
    ENDPOINT_DISABLED,
    /** A webhook's: the subscriber deleted its endpoint before it was sent. */
    ENDPOINT_DELETED
}
