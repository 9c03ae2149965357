package berlin.gemeinsam.notifications.webhooks.application;

import berlin.gemeinsam.notifications.deliveries.domain.DeliveryStatus;
import berlin.gemeinsam.notifications.privacy.application.SubscriberData;
import berlin.gemeinsam.notifications.webhooks.domain.DisabledReason;
import berlin.gemeinsam.notifications.webhooks.domain.EndpointStatus;
import berlin.gemeinsam.notifications.webhooks.domain.WebhookDelivery;
import berlin.gemeinsam.notifications.webhooks.domain.WebhookEndpoint;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * A subscriber's webhooks: the endpoints they registered, without their secrets (a credential of the service's, not
 * data about the subscriber, and shown once only), and the deliveries posted to them with what was posted. Erasing
 * removes the deliveries, then the endpoints.
 */
@Component
class WebhookData implements SubscriberData {

    private final WebhookEndpoints endpoints;
    private final WebhookDeliveries deliveries;

    WebhookData(WebhookEndpoints endpoints, WebhookDeliveries deliveries) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
    }

    @Override
    public String part() {
        return "webhooks";
    }

    /** One record: the endpoints and the deliveries; none without any of them. */
    @Override
    public List<ExportedWebhooks> export(String subscriberId) {
        List<ExportedEndpoint> registered = endpoints.ofSubscriber(subscriberId).stream()
                .map(ExportedEndpoint::of).toList();
        List<ExportedDelivery> posted = deliveries.ofSubscriber(subscriberId).stream()
                .map(ExportedDelivery::of).toList();
        if (registered.isEmpty() && posted.isEmpty()) {
            return List.of();
        }
        return List.of(new ExportedWebhooks(registered, posted));
    }

    @Override
    public void erase(String subscriberId) {
        deliveries.removeAllOf(subscriberId);
        endpoints.removeAllOf(subscriberId);
    }

    record ExportedWebhooks(List<ExportedEndpoint> endpoints, List<ExportedDelivery> deliveries) {
    }

    record ExportedEndpoint(String id, String url, String description, EndpointStatus status,
                            DisabledReason disabledReason, Instant disabledAt, Instant createdAt) {

        static ExportedEndpoint of(WebhookEndpoint endpoint) {
            return new ExportedEndpoint(endpoint.getId(), endpoint.getUrl(), endpoint.getDescription(),
                    endpoint.getStatus(), endpoint.getDisabledReason(), endpoint.getDisabledAt(),
                    endpoint.getCreatedAt());
        }
    }

    /** @param payload the JSON body posted, or to be posted while pending */
    record ExportedDelivery(String id, String endpointId, String eventType, String subject, Instant time,
                            String payload, DeliveryStatus status, String reason, int attempts,
                            Instant lastAttemptAt, Integer lastStatusCode, Instant finishedAt) {

        static ExportedDelivery of(WebhookDelivery delivery) {
            return new ExportedDelivery(delivery.getId(), delivery.getEndpointId(), delivery.getEventType(),
                    delivery.getSubject(), delivery.getTime(), delivery.getPayload(), delivery.getStatus(),
                    delivery.getReason(), delivery.getAttempts(), delivery.getLastAttemptAt(),
                    delivery.getLastStatusCode(), delivery.getFinishedAt());
        }
    }
}
