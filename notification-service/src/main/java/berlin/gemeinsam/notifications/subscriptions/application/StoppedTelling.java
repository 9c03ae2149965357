package berlin.gemeinsam.notifications.subscriptions.application;

import berlin.gemeinsam.notifications.deliveries.domain.SuppressionReason;
import berlin.gemeinsam.notifications.subscriptions.domain.Channel;

import java.util.Set;

/**
 * What a channel does when a subscription no longer tells on it (taken off, unsubscribed by a mail's link, or the
 * subscription ended): the channel's pending deliveries for it are suppressed at once. Each channel implements it.
 */
public interface StoppedTelling {

    void stopped(String subscriptionId, Set<Channel> channels, SuppressionReason reason);
}
