package berlin.gemeinsam.notifications.subscriptions.domain;

import java.util.Set;

/**
 * One subscription as the fan-out needs it: who follows which target, where they are told and in which language.
 * A subscription stored before channels and language were chosen is told in the feed, in German.
 */
public record Follower(String subscriberId, Target target, Set<Channel> channels, String language) {

    public Follower {
        channels = channels == null ? Set.of(Channel.IN_APP) : Set.copyOf(channels);
        language = language == null ? Language.DEFAULT : language;
    }

    /** The id of the subscription, which follows from subscriber and target. */
    public String subscriptionId() {
        return Subscription.idOf(subscriberId, target);
    }

    public boolean isToldBy(Channel channel) {
        return channels.contains(channel);
    }
}
