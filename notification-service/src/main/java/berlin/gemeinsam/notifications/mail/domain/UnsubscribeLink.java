package berlin.gemeinsam.notifications.mail.domain;

import berlin.gemeinsam.notifications.subscriptions.domain.Channel;

import java.time.Instant;
import java.util.List;

/**
 * What the unsubscribe link of one mail turns off: the channel of one subscription, or of each a digest mail tells
 * of. Stored by its token's hash; it works once.
 */
public class UnsubscribeLink {

    /** The hash of the token. */
    private final String id;
    private final String subscriptionId;
    private final Channel channel;
    private final Instant createdAt;
    /**
     * Every subscription a digest mail's link turns off, the first of them also as {@link #subscriptionId}; none for
     * the link of a mail of one notification. Set by {@link #ofAll} and by the store.
     */
    private List<String> subscriptionIds;
    /** Set by the store when the link was used. */
    private Instant usedAt;

    UnsubscribeLink(String id, String subscriptionId, Channel channel, Instant createdAt) {
        this.id = id;
        this.subscriptionId = subscriptionId;
        this.channel = channel;
        this.createdAt = createdAt;
    }

    public static UnsubscribeLink of(String token, String subscriptionId, Channel channel, Instant now) {
        return new UnsubscribeLink(SecretTokens.hashOf(token), subscriptionId, channel, now);
    }

    /** The link of a digest mail: turns the channel off for each of the subscriptions. */
    public static UnsubscribeLink ofAll(String token, List<String> subscriptionIds, Channel channel, Instant now) {
        UnsubscribeLink link = of(token, subscriptionIds.get(0), channel, now);
        link.subscriptionIds = List.copyOf(subscriptionIds);
        return link;
    }

    /** The subscriptions whose channel the link turns off. */
    public List<String> subscriptionIds() {
        return subscriptionIds == null ? List.of(subscriptionId) : subscriptionIds;
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    public String getId() {
        return id;
    }

    public String getSubscriptionId() {
        return subscriptionId;
    }

    public List<String> getSubscriptionIds() {
        return subscriptionIds;
    }

    public Channel getChannel() {
        return channel;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
