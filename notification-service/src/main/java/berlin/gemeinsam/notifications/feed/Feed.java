package berlin.gemeinsam.notifications.feed;

import berlin.gemeinsam.notifications.live.LiveFeeds;
import berlin.gemeinsam.notifications.subscriptions.SubscriptionRepository;
import berlin.gemeinsam.platform.web.PageResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Puts what an event tells into the feeds of its followers, and reads a subscriber's feed. */
@Service
class Feed {

    private static final Logger log = LoggerFactory.getLogger(Feed.class);
    /** Entries per bulk write: large enough for few round trips, small enough to stay far below the 16 MB limit. */
    private static final int BATCH_SIZE = 1_000;

    private final SubscriptionRepository subscriptions;
    private final NotificationRepository notifications;
    private final NotificationTexts texts;
    private final LiveFeeds live;

    Feed(SubscriptionRepository subscriptions, NotificationRepository notifications, NotificationTexts texts,
         LiveFeeds live) {
        this.subscriptions = subscriptions;
        this.notifications = notifications;
        this.texts = texts;
        this.live = live;
    }

    /**
     * Adds one entry per follower, streaming the followers batch by batch. Safe to repeat after a failure or a
     * redelivery: the entries that exist already are skipped.
     */
    void tell(News news) {
        Map<String, String> text = texts.render(news.wording());
        long entries = 0;
        try (Stream<String> subscribers = subscriptions.followersOf(news.audience())) {
            Set<String> batch = new LinkedHashSet<>();
            Iterator<String> each = subscribers.iterator();
            while (each.hasNext()) {
                batch.add(each.next());
                if (batch.size() == BATCH_SIZE || !each.hasNext()) {
                    List<Notification> written = batch.stream()
                            .map(subscriberId -> Notification.of(news, subscriberId, text)).toList();
                    notifications.insertNew(written);
                    live.written(written);
                    entries += batch.size();
                    batch.clear();
                }
            }
        }
        log.debug("Offered {} feed entries for {} {}", entries, news.eventType(), news.subject());
    }

    PageResponse<Notification> feedOf(String subscriberId, int page, int size) {
        return notifications.feedOf(subscriberId, page, size);
    }
}
