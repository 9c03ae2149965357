package berlin.gemeinsam.notifications.subscriptions.application;

import berlin.gemeinsam.notifications.subscriptions.domain.Subscription;
import berlin.gemeinsam.notifications.subscriptions.domain.Target;
import berlin.gemeinsam.platform.errors.NotFoundException;
import berlin.gemeinsam.platform.paging.Page;
import berlin.gemeinsam.platform.security.Access;
import org.springframework.stereotype.Service;

import java.time.Clock;

/** Following and unfollowing, each by the subscriber alone. */
@Service
public class SubscriptionService {

    private final Subscriptions subscriptions;
    private final Access access;
    private final Clock clock;

    SubscriptionService(Subscriptions subscriptions, Access access, Clock clock) {
        this.subscriptions = subscriptions;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Follows a target; following it again returns the subscription that exists. Citizens and organisations
     * follow as themselves.
     */
    public Following follow(String subscriberId, Target target) {
        access.citizenActingAs(subscriberId);
        return followAs(subscriberId, target);
    }

    private Following followAs(String subscriberId, Target target) {
        Subscription subscription = Subscription.follow(subscriberId, target, clock.instant());
        if (subscriptions.add(subscription)) {
            return new Following(subscription, true);
        }
        // unfollowed between the failed insert and this read: follow afresh
        return subscriptions.find(subscription.getId())
                .map(existing -> new Following(existing, false))
                .orElseGet(() -> followAs(subscriberId, target));
    }

    /** Ends a subscription of the calling subscriber; another's subscription is as good as missing. */
    public void unfollow(String id) {
        String subscriberId = access.citizenActingAs(null).subject();
        boolean own = subscriptions.find(id).filter(s -> s.getSubscriberId().equals(subscriberId)).isPresent();
        if (!own || !subscriptions.remove(id)) {
            throw new NotFoundException("subscription", id);
        }
    }

    /** A subscriber's follows are theirs alone: for anybody else the subscriber does not exist. */
    public Page<Subscription> listOf(String subscriberId, int page, int size) {
        access.citizenOwning(subscriberId, "subscriber");
        return subscriptions.listOf(subscriberId, page, size);
    }

    public record Following(Subscription subscription, boolean created) {
    }
}
