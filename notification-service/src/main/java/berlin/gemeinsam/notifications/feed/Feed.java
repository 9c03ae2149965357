package berlin.gemeinsam.notifications.feed;

import berlin.gemeinsam.notifications.live.LiveFeeds;
import berlin.gemeinsam.notifications.subscriptions.Follower;
import berlin.gemeinsam.notifications.subscriptions.SubscriptionRepository;
import berlin.gemeinsam.notifications.subscriptions.Target;
import berlin.gemeinsam.platform.paging.Page;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Puts what an event tells into the feeds of its followers, and reads a subscriber's feed. */
@Service
class Feed {

    private static final Logger log = LoggerFactory.getLogger(Feed.class);
    /**
     * Entries per bulk write: large enough for few round trips, small enough to stay far below the 16 MB limit (a
     * follower's entries for one batch of events come together, so a write may exceed it by their number).
     */
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
     * Adds one entry per follower and piece of news, streaming the followers of all of them from one query and
     * writing the entries batch by batch. Safe to repeat after a failure or a redelivery: the entries that exist
     * already are skipped, and only those written now go to the live streams.
     */
    void tell(List<News> batch) {
        Map<Target, List<News>> newsByTarget = new HashMap<>();
        Map<News, Map<String, String>> textOf = new HashMap<>();
        for (News news : batch) {
            news.audience().forEach(target -> newsByTarget.computeIfAbsent(target, t -> new ArrayList<>()).add(news));
            textOf.put(news, texts.render(news.wording()));
        }
        long entries = 0;
        Map<String, Notification> pending = new LinkedHashMap<>();
        try (Stream<Follower> followers = subscriptions.followersOf(newsByTarget.keySet())) {
            Iterator<Follower> each = followers.iterator();
            while (each.hasNext()) {
                Follower follower = each.next();
                for (News news : newsByTarget.getOrDefault(follower.target(), List.of())) {
                    Notification entry = Notification.of(news, follower.subscriberId(), textOf.get(news));
                    pending.putIfAbsent(entry.getId(), entry);
                }
                if (pending.size() >= BATCH_SIZE || !each.hasNext()) {
                    live.written(notifications.insertNew(List.copyOf(pending.values())));
                    entries += pending.size();
                    pending.clear();
                }
            }
        }
        log.debug("Offered {} feed entries for {} events", entries, batch.size());
    }

    Page<Notification> feedOf(String subscriberId, int page, int size) {
        return notifications.feedOf(subscriberId, page, size);
    }
}
