package berlin.gemeinsam.notifications.subscriptions.application;

import berlin.gemeinsam.notifications.deliveries.domain.SuppressionReason;
import berlin.gemeinsam.notifications.privacy.application.Erasures;
import berlin.gemeinsam.notifications.subscriptions.domain.Channel;
import berlin.gemeinsam.notifications.subscriptions.domain.Follower;
import berlin.gemeinsam.notifications.subscriptions.domain.Frequency;
import berlin.gemeinsam.notifications.subscriptions.domain.Language;
import berlin.gemeinsam.notifications.subscriptions.domain.SearchProfile;
import berlin.gemeinsam.notifications.subscriptions.domain.Subscription;
import berlin.gemeinsam.notifications.subscriptions.domain.Target;
import berlin.gemeinsam.platform.errors.NotFoundException;
import berlin.gemeinsam.platform.paging.Page;
import berlin.gemeinsam.platform.security.Access;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Following and unfollowing, each by the subscriber alone. Anybody signed in follows as themselves, whatever the
 * role their token carries: citizens, staff and organisations alike.
 */
@Service
public class SubscriptionService {

    private final Subscriptions subscriptions;
    private final Followers followers;
    private final Erasures erasures;
    private final List<StoppedTelling> stoppedTelling;
    private final Access access;
    private final Clock clock;

    SubscriptionService(Subscriptions subscriptions, Followers followers, Erasures erasures,
                        List<StoppedTelling> stoppedTelling, Access access, Clock clock) {
        this.subscriptions = subscriptions;
        this.followers = followers;
        this.erasures = erasures;
        this.stoppedTelling = List.copyOf(stoppedTelling);
        this.access = access;
        this.clock = clock;
    }

    /** Follows a target as the caller; following it again returns the subscription that exists. */
    public Following follow(String subscriberId, Target target) {
        return follow(subscriberId, target, Set.of(Channel.IN_APP), Language.DEFAULT, Frequency.IMMEDIATELY);
    }

    /**
     * Follows a target as the caller, told on the channels in the language, mailed as often as the frequency says;
     * following it again returns the subscription that exists, as it is.
     */
    public Following follow(String subscriberId, Target target, Set<Channel> channels, String language,
                            Frequency frequency) {
        access.personActingAs(subscriberId);
        return followAs(subscriberId, target, channels, language, frequency);
    }

    private Following followAs(String subscriberId, Target target, Set<Channel> channels, String language,
                               Frequency frequency) {
        Subscription subscription = Subscription.follow(subscriberId, target, clock.instant(), channels, language,
                frequency);
        if (subscriptions.add(subscription)) {
            return new Following(subscription, true);
        }
        // unfollowed between the failed insert and this read: follow afresh
        return subscriptions.find(subscription.getId())
                .map(existing -> new Following(existing, false))
                .orElseGet(() -> followAs(subscriberId, target, channels, language, frequency));
    }

    /** Saves a search as the caller; saving the same profile again returns the subscription that exists. */
    public Following saveSearch(String subscriberId, SearchProfile profile, Set<Channel> channels, String language,
                                Frequency frequency) {
        access.personActingAs(subscriberId);
        Subscription subscription = Subscription.search(subscriberId, profile, clock.instant(), channels, language,
                frequency);
        if (subscriptions.add(subscription)) {
            return new Following(subscription, true);
        }
        // removed between the failed insert and this read: save afresh
        return subscriptions.find(subscription.getId())
                .map(existing -> new Following(existing, false))
                .orElseGet(() -> saveSearch(subscriberId, profile, channels, language, frequency));
    }

    /**
     * Participation-service asks that a supporter of an idea or a registrant of a format follow it: the same
     * subscription as following by hand, and one that exists already stays as it is. A request made before the person
     * was erased is not followed: they asked to be forgotten after it.
     */
    public void followOnRequest(String subscriberId, Target target, Instant requestedAt) {
        if (!erasures.erasedSince(subscriberId, requestedAt)) {
            subscriptions.add(Subscription.follow(subscriberId, target, clock.instant()));
        }
    }

    /**
     * Ends a subscription of the calling subscriber; another's subscription is as good as missing. What was still to
     * be delivered for it is suppressed.
     */
    public void unfollow(String id) {
        Subscription own = ownSubscription(id);
        if (!subscriptions.remove(id)) {
            throw new NotFoundException("subscription", id);
        }
        stopped(id, own.getChannels(), SuppressionReason.SUBSCRIPTION_ENDED);
    }

    /**
     * Changes where a subscription of the calling subscriber tells, in which language and how often it mails; what
     * is not given stays. What was still to be delivered on a channel taken off is suppressed.
     */
    public Subscription change(String id, Optional<Set<Channel>> channels, Optional<String> language,
                               Optional<Frequency> frequency) {
        Subscription own = ownSubscription(id);
        Set<Channel> removed = own.change(channels, language, frequency);
        if (!subscriptions.updateChannels(own)) {
            throw new NotFoundException("subscription", id);
        }
        stopped(id, removed, SuppressionReason.CHANNEL_REMOVED);
        return own;
    }

    private Subscription ownSubscription(String id) {
        String subscriberId = access.personActingAs(null).subject();
        return subscriptions.find(id).filter(s -> s.getSubscriberId().equals(subscriberId))
                .orElseThrow(() -> new NotFoundException("subscription", id));
    }

    private void stopped(String subscriptionId, Set<Channel> channels, SuppressionReason reason) {
        if (!channels.isEmpty()) {
            stoppedTelling.forEach(channel -> channel.stopped(subscriptionId, channels, reason));
        }
    }

    /**
     * The idea {@code duplicateId} was merged into {@code survivingIdeaId}: its followers follow the survivor instead.
     * One who follows both keeps one subscription of the survivor. Each follower's new subscription is added before
     * the old one is removed, so a crash in between leaves them following both, and a repeated move completes it.
     */
    public void followSurvivor(String duplicateId, String survivingIdeaId) {
        List<Follower> following;
        try (Stream<Follower> ofDuplicate = followers.following(List.of(Target.idea(duplicateId)))) {
            following = ofDuplicate.toList();
        }
        for (Follower follower : following) {
            subscriptions.add(Subscription.follow(follower.subscriberId(), Target.idea(survivingIdeaId),
                    clock.instant(), follower.channels(), follower.language(), follower.frequency()));
            subscriptions.remove(Subscription.follow(follower.subscriberId(), follower.target(), clock.instant())
                    .getId());
        }
    }

    /**
     * Stops telling on the channel for the subscription, as a one-click unsubscribe asks without a login; false when
     * the subscription is gone or was not told on it.
     */
    public boolean stopTelling(String subscriptionId, Channel channel) {
        boolean stopped = subscriptions.removeChannel(subscriptionId, channel);
        if (stopped) {
            stopped(subscriptionId, Set.of(channel), SuppressionReason.UNSUBSCRIBED);
        }
        return stopped;
    }

    /** A subscriber's follows are theirs alone: for anybody else the subscriber does not exist. */
    public Page<Subscription> listOf(String subscriberId, int page, int size) {
        access.personOwning(subscriberId, "subscriber");
        return subscriptions.listOf(subscriberId, page, size);
    }

    public record Following(Subscription subscription, boolean created) {
    }
}
