package berlin.gemeinsam.notifications.webhooks.domain;

/** Whether an endpoint is sent to. */
public enum EndpointStatus {
    ENABLED,
    /** Nothing is sent to it until its owner enables it again. */
    DISABLED
}
