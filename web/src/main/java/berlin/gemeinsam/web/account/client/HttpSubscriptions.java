package berlin.gemeinsam.web.account.client;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import berlin.gemeinsam.web.account.application.EmailAddress;
import berlin.gemeinsam.web.account.application.Subscription;
import berlin.gemeinsam.web.account.application.Subscriptions;
import berlin.gemeinsam.web.services.client.ServiceClients;
import tools.jackson.databind.JsonNode;

/**
 * notification-service's subscriptions of a subscriber and their e-mail address. The address and whether it is
 * confirmed are read from the subscriber's own export, the one place the service tells them (its consent is there
 * once the address was confirmed).
 */
@Component
class HttpSubscriptions implements Subscriptions {

    private static final int ENOUGH = 100;

    private final RestClient notifications;

    HttpSubscriptions(ServiceClients clients) {
        this.notifications = clients.notifications();
    }

    @Override
    public List<Subscription> of(String subscriberId) {
        Page page = notifications.get()
                .uri("/api/v1/subscribers/{id}/subscriptions?size={size}", subscriberId, ENOUGH)
                .retrieve().body(Page.class);
        return page.items().stream().map(item -> new Subscription(item.id(), item.target().type(),
                item.target().id(), item.channels() == null ? Set.of() : item.channels(), item.language())).toList();
    }

    @Override
    public void change(String subscriptionId, Set<String> channels, String language) {
        notifications.patch().uri("/api/v1/subscriptions/{id}", subscriptionId)
                .contentType(MediaType.APPLICATION_JSON).body(new Change(channels, language))
                .retrieve().toBodilessEntity();
    }

    @Override
    public void unfollow(String subscriptionId) {
        notifications.delete().uri("/api/v1/subscriptions/{id}", subscriptionId).retrieve().toBodilessEntity();
    }

    @Override
    public Optional<EmailAddress> emailOf(String subscriberId) {
        JsonNode export = notifications.get().uri("/api/v1/subscribers/{id}/export", subscriberId)
                .retrieve().body(JsonNode.class);
        for (JsonNode email : export.path("data").path("email")) {
            if (email.hasNonNull("address")) {
                return Optional.of(new EmailAddress(email.path("address").asString(),
                        email.hasNonNull("consent")));
            }
        }
        return Optional.empty();
    }

    @Override
    public void giveEmail(String subscriberId, String address, String language) {
        notifications.put().uri("/api/v1/subscribers/{id}/email", subscriberId)
                .contentType(MediaType.APPLICATION_JSON).body(new Email(address, language))
                .retrieve().toBodilessEntity();
    }

    record Page(List<Item> items) {
    }

    record Item(String id, Target target, Set<String> channels, String language) {
    }

    record Target(String type, String id) {
    }

    /** A merge patch: what is null stays as it is. */
    record Change(Set<String> channels, String language) {
    }

    record Email(String address, String language) {
    }
}
