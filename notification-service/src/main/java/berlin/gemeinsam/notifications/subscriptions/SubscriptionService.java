package berlin.gemeinsam.notifications.subscriptions;

import berlin.gemeinsam.platform.errors.NotFoundException;
import berlin.gemeinsam.platform.paging.Page;
import org.springframework.stereotype.Service;

import java.time.Clock;

/** Following and unfollowing. */
@Service
public class SubscriptionService {

    private final SubscriptionRepository subscriptions;
    private final Clock clock;

    SubscriptionService(SubscriptionRepository subscriptions, Clock clock) {
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    /** Follows a target; following it again returns the subscription that exists. */
    public Following follow(String subscriberId, Target target) {
        Subscription subscription = Subscription.follow(subscriberId, target, clock.instant());
        if (subscriptions.add(subscription)) {
            return new Following(subscription, true);
        }
        // unfollowed between the failed insert and this read: follow afresh
        return subscriptions.find(subscription.getId())
                .map(existing -> new Following(existing, false))
                .orElseGet(() -> follow(subscriberId, target));
    }

    /** Ends a subscription of the subscriber; another's subscription is as good as missing. */
    public void unfollow(String id, String subscriberId) {
        boolean own = subscriptions.find(id).filter(s -> s.getSubscriberId().equals(subscriberId)).isPresent();
        if (!own || !subscriptions.remove(id)) {
            throw new NotFoundException("subscription", id);
        }
    }

    public Page<Subscription> listOf(String subscriberId, int page, int size) {
        return subscriptions.listOf(subscriberId, page, size);
    }

    public record Following(Subscription subscription, boolean created) {
    }
}
