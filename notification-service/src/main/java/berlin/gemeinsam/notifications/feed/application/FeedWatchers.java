package berlin.gemeinsam.notifications.feed.application;

import berlin.gemeinsam.notifications.feed.domain.Notification;

import java.util.Collection;

/** Subscribers watching their feed as it grows (the live streams). */
public interface FeedWatchers {

    /**
     * Hands the entries just written to those of their subscribers who watch. Called on the consumer's thread, so
     * it must not wait for a watcher.
     */
    void written(Collection<Notification> entries);
}
