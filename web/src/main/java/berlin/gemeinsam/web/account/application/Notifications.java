package berlin.gemeinsam.web.account.application;

/** notification-service: a person's feed, read page by page and marked read. */
public interface Notifications {

    /** @param cursor null for the first page */
    FeedPage feed(String subscriberId, boolean unreadOnly, String cursor);

    void markRead(String subscriberId, String notificationId);

    void markAllRead(String subscriberId);
}
