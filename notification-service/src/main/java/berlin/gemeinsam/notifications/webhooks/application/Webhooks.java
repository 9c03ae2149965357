package berlin.gemeinsam.notifications.webhooks.application;

import berlin.gemeinsam.notifications.webhooks.domain.WebhookEndpoint;
import berlin.gemeinsam.platform.errors.NotFoundException;
import berlin.gemeinsam.platform.security.Access;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;

/**
 * A subscriber's webhook endpoints, registered, listed, deleted and enabled again by the subscriber themself,
 * whatever their role; for anybody else they do not exist. The URL is checked before (web layer, with
 * {@link WebhookUrlPolicy}).
 */
@Service
public class Webhooks {

    private static final String SUBSCRIBER = "subscriber";
    private static final String WEBHOOK = "webhook";

    private final WebhookEndpoints endpoints;
    private final Access access;
    private final Clock clock;

    Webhooks(WebhookEndpoints endpoints, Access access, Clock clock) {
        this.endpoints = endpoints;
        this.access = access;
        this.clock = clock;
    }

    /** A new endpoint, enabled, with a new secret; the answer is the only time the secret is shown. */
    public WebhookEndpoint register(String subscriberId, String url, String description) {
        access.personActingAs(subscriberId);
        WebhookEndpoint endpoint = WebhookEndpoint.register(subscriberId, url, description, clock.instant());
        endpoints.add(endpoint);
        return endpoint;
    }

    public List<WebhookEndpoint> endpointsOf(String subscriberId) {
        access.personOwning(subscriberId, SUBSCRIBER);
        return endpoints.ofSubscriber(subscriberId);
    }

    /** Deletes the endpoint; its pending deliveries are suppressed when they come due. */
    public void delete(String subscriberId, String endpointId) {
        access.personOwning(subscriberId, SUBSCRIBER);
        if (!endpoints.remove(subscriberId, endpointId)) {
            throw new NotFoundException(WEBHOOK, endpointId);
        }
    }

    /** Enables the endpoint again (enabling an enabled one changes nothing but its streak) and returns it. */
    public WebhookEndpoint enable(String subscriberId, String endpointId) {
        access.personOwning(subscriberId, SUBSCRIBER);
        if (!endpoints.enable(subscriberId, endpointId)) {
            throw new NotFoundException(WEBHOOK, endpointId);
        }
        return endpoints.find(endpointId).orElseThrow(() -> new NotFoundException(WEBHOOK, endpointId));
    }

    /**
     * Gives the endpoint a new secret and returns it, the only time it is shown; attempts from then on are signed
     * with it, also the retries of deliveries signed with the old one before.
     */
    public String rotateSecret(String subscriberId, String endpointId) {
        access.personOwning(subscriberId, SUBSCRIBER);
        String secret = WebhookEndpoint.newSecret();
        if (!endpoints.replaceSecret(subscriberId, endpointId, secret)) {
            throw new NotFoundException(WEBHOOK, endpointId);
        }
        return secret;
    }
}
