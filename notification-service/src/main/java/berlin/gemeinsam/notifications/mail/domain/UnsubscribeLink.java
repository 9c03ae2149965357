package berlin.gemeinsam.notifications.mail.domain;

import berlin.gemeinsam.notifications.subscriptions.domain.Channel;

import java.time.Instant;

/**
 * What the unsubscribe link of one mail turns off: the channel of one subscription. Stored by its token's hash;
 * it works once.
 */
public class UnsubscribeLink {

    /** The hash of the token. */
    private final String id;
    private final String subscriptionId;
    private final Channel channel;
    private final Instant createdAt;
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

    public boolean isUsed() {
        return usedAt != null;
    }

    public String getId() {
        return id;
    }

    public String getSubscriptionId() {
        return subscriptionId;
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
