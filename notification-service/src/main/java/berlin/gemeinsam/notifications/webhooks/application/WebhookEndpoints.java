package berlin.gemeinsam.notifications.webhooks.application;

import berlin.gemeinsam.notifications.webhooks.domain.DisabledReason;
import berlin.gemeinsam.notifications.webhooks.domain.WebhookEndpoint;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The subscribers' webhook endpoints. */
public interface WebhookEndpoints {

    void add(WebhookEndpoint endpoint);

    Optional<WebhookEndpoint> find(String id);

    /** A subscriber's endpoints, oldest first. */
    List<WebhookEndpoint> ofSubscriber(String subscriberId);

    /** The enabled endpoints of the subscribers. */
    List<WebhookEndpoint> enabledOf(Collection<String> subscriberIds);

    void removeAllOf(String subscriberId);

    /** Removes the subscriber's endpoint; false when they have no such endpoint. */
    boolean remove(String subscriberId, String id);

    /** Enables the subscriber's endpoint with a new streak; false when they have no such endpoint. */
    boolean enable(String subscriberId, String id);

    /** Replaces the secret of the subscriber's endpoint; false when they have no such endpoint. */
    boolean replaceSecret(String subscriberId, String id, String secret);

    /** The endpoint took a delivery: its streak of failures is over. */
    void resetStreak(String id);

    /** Counts one more failed attempt in a row and returns how many there are now. */
    int countFailure(String id);

    /** Disables the endpoint unless it is; true when this call disabled it. */
    boolean disable(String id, DisabledReason reason, Instant at);
}
