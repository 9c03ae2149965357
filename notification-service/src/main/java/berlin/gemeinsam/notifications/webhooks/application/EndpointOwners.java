package berlin.gemeinsam.notifications.webhooks.application;

import berlin.gemeinsam.notifications.webhooks.domain.DisabledReason;
import berlin.gemeinsam.notifications.webhooks.domain.WebhookEndpoint;

import java.time.Instant;

/** Tells the owners of endpoints what became of them (their feed). */
public interface EndpointOwners {

    /** The endpoint was disabled at {@code at}; told once per disabling. */
    void tellDisabled(WebhookEndpoint endpoint, DisabledReason reason, Instant at);
}
