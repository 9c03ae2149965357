package berlin.gemeinsam.notifications.feed.application;

import berlin.gemeinsam.notifications.feed.domain.Notification;
import berlin.gemeinsam.platform.paging.Page;

import java.util.List;

/** The subscribers' feeds, entry by entry. */
public interface Notifications {

    /**
     * Adds the entries and returns those written now. Entries that exist already (the event was delivered before,
     * or a subscriber following several of its targets came up twice) are skipped, and the others are written all
     * the same.
     */
    List<Notification> insertNew(List<Notification> notifications);

    /** A subscriber's feed, newest first. */
    Page<Notification> feedOf(String subscriberId, int page, int size);
}
