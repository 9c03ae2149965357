package berlin.gemeinsam.notifications.feed.application;

import berlin.gemeinsam.notifications.feed.domain.News;
import berlin.gemeinsam.notifications.feed.domain.Wording;
import berlin.gemeinsam.notifications.webhooks.application.EndpointOwners;
import berlin.gemeinsam.notifications.webhooks.domain.DisabledReason;
import berlin.gemeinsam.notifications.webhooks.domain.WebhookEndpoint;
import berlin.gemeinsam.platform.units.OwningUnit;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * Tells the owner of a disabled webhook endpoint in their feed alone, once per disabling (its entry is keyed by the
 * endpoint and the time), naming the endpoint by its URL.
 */
@Component
class FeedEndpointOwners implements EndpointOwners {

    /** The type of the feed entry; it tells of no event of another service. */
    static final String WEBHOOK_DISABLED = "webhook-disabled";

    private final Feed feed;
    private final OwningUnit unit;

    FeedEndpointOwners(Feed feed, OwningUnit unit) {
        this.feed = feed;
        this.unit = unit;
    }

    @Override
    public void tellDisabled(WebhookEndpoint endpoint, DisabledReason reason, Instant at) {
        feed.tellSubscriber(endpoint.getSubscriberId(), new News(
                WEBHOOK_DISABLED + "|" + endpoint.getId() + "|" + at.toEpochMilli(), WEBHOOK_DISABLED,
                endpoint.getId(), unit.id(), at, List.of(),
                new Wording("notification.webhook-disabled." + reason, unit.id(), endpoint.getUrl())));
    }
}
