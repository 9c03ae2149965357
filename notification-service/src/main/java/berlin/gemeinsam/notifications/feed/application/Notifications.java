package berlin.gemeinsam.notifications.feed.application;

import berlin.gemeinsam.notifications.feed.domain.Notification;
import berlin.gemeinsam.platform.paging.Cursor;
import berlin.gemeinsam.platform.paging.CursorPage;
import berlin.gemeinsam.platform.paging.Page;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The subscribers' feeds, entry by entry. */
public interface Notifications {

    /**
     * Adds the entries and returns those written now. Entries that exist already (the event was delivered before,
     * or a subscriber following several of its targets came up twice) are skipped, and the others are written all
     * the same.
     */
    List<Notification> insertNew(List<Notification> notifications);

    /** A subscriber's whole feed, newest first. */
    List<Notification> allOf(String subscriberId);

    /** Removes a subscriber's whole feed. */
    void removeAllOf(String subscriberId);

    /** A subscriber's feed, newest first. */
    Page<Notification> feedOf(String subscriberId, int page, int size);

    /**
     * A subscriber's feed, newest first, from after the entry the cursor names (its time and id) on; only the
     * unread entries if {@code unreadOnly}.
     */
    CursorPage<Notification> feedOf(String subscriberId, boolean unreadOnly, Optional<Cursor> after, int size);

    Optional<Notification> find(String subscriberId, String id);

    /** Marks the entry read unless it is; false when the subscriber has no such entry. */
    boolean markRead(String subscriberId, String id, Instant at);

    /** Marks every unread entry of the subscriber read and returns how many. */
    long markAllRead(String subscriberId, Instant at);

    /**
     * The subscriber's entries written after {@code last}, in the order they were written, at most {@code limit}.
     * After an entry written before the order was kept, every entry written since it is.
     */
    List<Notification> writtenAfter(Notification last, int limit);
}
