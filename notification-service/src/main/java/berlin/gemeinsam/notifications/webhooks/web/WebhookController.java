package berlin.gemeinsam.notifications.webhooks.web;

import berlin.gemeinsam.notifications.webhooks.application.Webhooks;
import berlin.gemeinsam.notifications.webhooks.domain.DisabledReason;
import berlin.gemeinsam.notifications.webhooks.domain.EndpointStatus;
import berlin.gemeinsam.notifications.webhooks.domain.WebhookEndpoint;
import berlin.gemeinsam.notifications.webhooks.domain.WebhookUrls;
import berlin.gemeinsam.platform.web.Creation;
import berlin.gemeinsam.platform.web.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/**
 * A subscriber's webhook endpoints (Standard Webhooks): registered with their URL, which answers the secret once;
 * listed without it; deleted; enabled again after they were disabled.
 */
@RestController
@RequestMapping("/api/v1/subscribers/{subscriberId}/webhooks")
class WebhookController {

    private final Webhooks webhooks;

    WebhookController(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    /** 201 with the endpoint and its secret ({@code whsec_…}), which no later answer shows. */
    @PostMapping
    ResponseEntity<RegisteredView> register(@PathVariable @Size(max = 100) String subscriberId,
                                            @Valid @RequestBody RegisterRequest request) {
        WebhookEndpoint endpoint = webhooks.register(subscriberId, request.url(), request.description());
        return Creation.created(endpoint.getId(), new RegisteredView(EndpointView.of(endpoint),
                endpoint.getSecret()));
    }

    @GetMapping
    EndpointList list(@PathVariable @Size(max = 100) String subscriberId) {
        return new EndpointList(webhooks.endpointsOf(subscriberId).stream().map(EndpointView::of).toList());
    }

    @DeleteMapping("/{webhookId}")
    ResponseEntity<Void> delete(@PathVariable @Size(max = 100) String subscriberId,
                                @PathVariable @Size(max = 100) String webhookId) {
        webhooks.delete(subscriberId, webhookId);
        return ResponseEntity.noContent().build();
    }

    /** Enables a disabled endpoint again, with a new streak; its deliveries given up meanwhile stay given up. */
    @PostMapping("/{webhookId}/enable")
    EndpointView enable(@PathVariable @Size(max = 100) String subscriberId,
                        @PathVariable @Size(max = 100) String webhookId) {
        return EndpointView.of(webhooks.enable(subscriberId, webhookId));
    }

    /** 200 with the endpoint's new secret, shown in this answer only; the old one signs nothing more. */
    @PostMapping("/{webhookId}/secret")
    SecretView rotateSecret(@PathVariable @Size(max = 100) String subscriberId,
                            @PathVariable @Size(max = 100) String webhookId) {
        return new SecretView(webhookId, webhooks.rotateSecret(subscriberId, webhookId));
    }

    record RegisterRequest(
            @NotBlank @Size(max = WebhookUrls.MAX_LENGTH) @CallableUrl String url,
            @Size(max = 200) @Text String description) {
    }

    /** An endpoint without its secret. */
    record EndpointView(String id, String url, String description, EndpointStatus status,
                        DisabledReason disabledReason, Instant disabledAt, Instant createdAt) {

        static EndpointView of(WebhookEndpoint endpoint) {
            return new EndpointView(endpoint.getId(), endpoint.getUrl(), endpoint.getDescription(),
                    endpoint.getStatus(), endpoint.getDisabledReason(), endpoint.getDisabledAt(),
                    endpoint.getCreatedAt());
        }
    }

    /** @param secret the only time it is shown: the receiver verifies the signatures with it */
    record RegisteredView(String id, String url, String description, EndpointStatus status, Instant createdAt,
                          String secret) {

        RegisteredView(EndpointView endpoint, String secret) {
            this(endpoint.id(), endpoint.url(), endpoint.description(), endpoint.status(), endpoint.createdAt(),
                    secret);
        }
    }

    record EndpointList(List<EndpointView> items) {
    }

    record SecretView(String id, String secret) {
    }
}
