package berlin.gemeinsam.notifications.subscriptions.domain;

import java.util.Set;

/**
 * One subscription as the fan-out needs it: who follows which target, where they are told, in which language and how
 * often by e-mail. A subscription stored before channels, language and frequency were chosen is told in the feed, in
 * German, at once.
 */
public record Follower(String subscriberId, Target target, Set<Channel> channels, String language,
                       Frequency frequency) {

    public Follower {
        channels = channels == null ? Set.of(Channel.IN_APP) : Set.copyOf(channels);
        language = language == null ? Language.DEFAULT : language;
        frequency = frequency == null ? Frequency.IMMEDIATELY : frequency;
    }

    public Follower(String subscriberId, Target target, Set<Channel> channels, String language) {
        this(subscriberId, target, channels, language, Frequency.IMMEDIATELY);
    }

    /** The id of the subscription, which follows from subscriber and target. */
    public String subscriptionId() {
        return Subscription.idOf(subscriberId, target);
    }

    public boolean isToldBy(Channel channel) {
        return channels.contains(channel);
    }
}
