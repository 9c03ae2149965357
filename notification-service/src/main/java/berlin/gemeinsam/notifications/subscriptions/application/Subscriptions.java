package berlin.gemeinsam.notifications.subscriptions.application;

import berlin.gemeinsam.notifications.subscriptions.domain.Channel;
import berlin.gemeinsam.notifications.subscriptions.domain.Subscription;
import berlin.gemeinsam.platform.paging.Page;

import java.util.List;
import java.util.Optional;

/** The subscriptions, as following and unfollowing change and list them. */
public interface Subscriptions {

    /** Adds a subscription; false when it exists already. */
    boolean add(Subscription subscription);

    Optional<Subscription> find(String id);

    /** Removes a subscription; false when there was none with this id. */
    boolean remove(String id);

    /** Stores the subscription's channels, language and frequency as they are now; false when it is gone. */
    boolean updateChannels(Subscription subscription);

    /** Takes the channel off the subscription; false when there is no such subscription told on it. */
    boolean removeChannel(String id, Channel channel);

    /** All of a subscriber's subscriptions, newest first. */
    List<Subscription> allOf(String subscriberId);

    /** Removes all of a subscriber's subscriptions. */
    void removeAllOf(String subscriberId);

    /** A subscriber's subscriptions, newest first. */
    Page<Subscription> listOf(String subscriberId, int page, int size);
}
