package berlin.gemeinsam.notifications.subscriptions.application;

import berlin.gemeinsam.notifications.privacy.application.SubscriberData;
import berlin.gemeinsam.notifications.subscriptions.domain.Channel;
import berlin.gemeinsam.notifications.subscriptions.domain.Frequency;
import berlin.gemeinsam.notifications.subscriptions.domain.SearchProfile;
import berlin.gemeinsam.notifications.subscriptions.domain.Subscription;
import berlin.gemeinsam.notifications.subscriptions.domain.Target;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** What a subscriber follows and the searches they saved, with the channels and language they are told in. */
@Component
class SubscriptionData implements SubscriberData {

    private final Subscriptions subscriptions;

    SubscriptionData(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public String part() {
        return "subscriptions";
    }

    @Override
    public List<ExportedSubscription> export(String subscriberId) {
        return subscriptions.allOf(subscriberId).stream().map(ExportedSubscription::of).toList();
    }

    @Override
    public void erase(String subscriberId) {
        subscriptions.removeAllOf(subscriberId);
    }

    /** @param profile the saved search, for a subscription to one; empty for a followed target */
    record ExportedSubscription(String id, Target target, SearchProfile profile, Set<Channel> channels,
                                String language, Frequency frequency, Instant createdAt) {

        static ExportedSubscription of(Subscription subscription) {
            return new ExportedSubscription(subscription.getId(), subscription.getTarget(), subscription.getProfile(),
                    subscription.getChannels(), subscription.getLanguage(), subscription.getFrequency(),
                    subscription.getCreatedAt());
        }
    }
}
