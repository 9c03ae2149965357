package berlin.gemeinsam.notifications.mail.application;

import berlin.gemeinsam.notifications.mail.domain.SecretTokens;
import berlin.gemeinsam.notifications.mail.domain.UnsubscribeLink;
import berlin.gemeinsam.notifications.subscriptions.application.SubscriptionService;
import berlin.gemeinsam.platform.errors.NotFoundException;
import berlin.gemeinsam.platform.errors.StateConflictException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;

/** The one-click unsubscribe of a mail (RFC 8058): its link alone, without login, turns its channel off. */
@Service
public class Unsubscribing {

    private final UnsubscribeLinks links;
    private final SubscriptionService subscriptions;
    private final Clock clock;

    Unsubscribing(UnsubscribeLinks links, SubscriptionService subscriptions, Clock clock) {
        this.links = links;
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    /**
     * Turns off the channel of the link's subscription, or of each a digest's link names; a used link is 409, an
     * unknown one 404, both change nothing.
     */
    public void unsubscribe(String token) {
        String tokenHash = SecretTokens.hashOf(token);
        UnsubscribeLink link = links.find(tokenHash)
                .orElseThrow(() -> new NotFoundException("unsubscribe-link", "…"));
        if (link.isUsed() || !links.markUsed(tokenHash, clock.instant())) {
            throw new StateConflictException("unsubscribe-link", "USED", "unsubscribe", List.of());
        }
        link.subscriptionIds().forEach(subscriptionId -> subscriptions.stopTelling(subscriptionId, link.getChannel()));
    }
}
