package berlin.gemeinsam.web.ideas.client;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import berlin.gemeinsam.web.ideas.application.Follows;
import berlin.gemeinsam.web.services.client.ServiceClients;

/** notification-service's subscriptions to an idea. */
@Component
class HttpFollows implements Follows {

    private static final int ENOUGH = 100;

    private final RestClient notifications;

    HttpFollows(ServiceClients clients) {
        this.notifications = clients.notifications();
    }

    @Override
    public void follow(String subscriberId, String ideaId, String language) {
        notifications.post().uri("/api/v1/subscriptions").contentType(MediaType.APPLICATION_JSON)
                .body(new FollowRequest(subscriberId, new Target("IDEA", ideaId), language))
                .retrieve().toBodilessEntity();
    }

    /** Whether the idea is among the subscriber's first hundred subscriptions. */
    @Override
    public boolean follows(String subscriberId, String ideaId) {
        Subscriptions subscriptions = notifications.get()
                .uri("/api/v1/subscribers/{id}/subscriptions?size={size}", subscriberId, ENOUGH)
                .retrieve().body(Subscriptions.class);
        return subscriptions.items().stream()
                .anyMatch(item -> "IDEA".equals(item.target().type()) && ideaId.equalsIgnoreCase(item.target().id()));
    }

    record FollowRequest(String subscriberId, Target target, String language) {
    }

    record Target(String type, String id) {
    }

    record Subscriptions(List<Subscription> items) {
    }

    record Subscription(String id, Target target) {
    }
}
