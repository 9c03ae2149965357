package berlin.gemeinsam.web.account.client;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;

import berlin.gemeinsam.web.account.application.FeedEntry;
import berlin.gemeinsam.web.account.application.FeedPage;
import berlin.gemeinsam.web.account.application.Notifications;
import berlin.gemeinsam.web.services.client.ServiceClients;

/** notification-service's feed of a subscriber, read with the cursor it hands out. */
@Component
class HttpNotifications implements Notifications {

    private static final int PAGE = 20;

    private final RestClient notifications;

    HttpNotifications(ServiceClients clients) {
        this.notifications = clients.notifications();
    }

    @Override
    public FeedPage feed(String subscriberId, boolean unreadOnly, String cursor) {
        Page page = notifications.get().uri(uri -> {
                    UriBuilder builder = uri.path("/api/v1/subscribers/{id}/feed").queryParam("size", PAGE)
                            .queryParam("unread", unreadOnly);
                    if (cursor != null && !cursor.isBlank()) {
                        builder.queryParam("cursor", "{cursor}");
                        return builder.build(subscriberId, cursor);
                    }
                    return builder.build(subscriberId);
                })
                .retrieve().body(Page.class);
        return new FeedPage(page.items(), page.nextCursor());
    }

    @Override
    public void markRead(String subscriberId, String notificationId) {
        notifications.post().uri("/api/v1/subscribers/{id}/notifications/{entry}/read", subscriberId, notificationId)
                .retrieve().toBodilessEntity();
    }

    @Override
    public void markAllRead(String subscriberId) {
        notifications.post().uri("/api/v1/subscribers/{id}/notifications/read", subscriberId)
                .retrieve().toBodilessEntity();
    }

    record Page(List<FeedEntry> items, String nextCursor) {
    }
}
