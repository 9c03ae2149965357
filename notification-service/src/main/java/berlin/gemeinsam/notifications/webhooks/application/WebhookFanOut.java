package berlin.gemeinsam.notifications.webhooks.application;

import berlin.gemeinsam.notifications.deliveries.application.DeliveryMetrics;
import berlin.gemeinsam.notifications.deliveries.domain.DeliveryStatus;
import berlin.gemeinsam.notifications.feed.domain.News;
import berlin.gemeinsam.notifications.feed.domain.Notification;
import berlin.gemeinsam.notifications.feed.domain.WebPaths;
import berlin.gemeinsam.notifications.mail.application.MailProperties;
import berlin.gemeinsam.notifications.subscriptions.domain.Channel;
import berlin.gemeinsam.notifications.subscriptions.domain.Target;
import berlin.gemeinsam.notifications.webhooks.domain.WebhookDelivery;
import berlin.gemeinsam.notifications.webhooks.domain.WebhookEndpoint;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the feed entries of subscribers told by webhook into pending deliveries, one per entry and enabled endpoint
 * of the subscriber, which the webhook sender sends apart from the feed's consumers.
 */
@Service
public class WebhookFanOut {

    private final WebhookEndpoints endpoints;
    private final WebhookDeliveries deliveries;
    private final JsonMapper json;
    private final String webUrl;
    private final DeliveryMetrics metrics;
    private final Clock clock;

    WebhookFanOut(WebhookEndpoints endpoints, WebhookDeliveries deliveries, JsonMapper json,
                  MailProperties mailProperties, DeliveryMetrics metrics, Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.json = json;
        this.webUrl = mailProperties.webUrl();
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * Writes the deliveries of the entries that are not written yet: safe to repeat after a failure or a
     * redelivery. One query finds the endpoints of all the entries' subscribers.
     */
    public void offer(Collection<Told> told) {
        if (told.isEmpty()) {
            return;
        }
        Set<String> subscribers = told.stream().map(each -> each.entry().getSubscriberId())
                .collect(Collectors.toSet());
        Map<String, List<WebhookEndpoint>> endpointsOf = endpoints.enabledOf(subscribers).stream()
                .collect(Collectors.groupingBy(WebhookEndpoint::getSubscriberId));
        Instant now = clock.instant();
        List<WebhookDelivery> pending = new ArrayList<>();
        for (Told each : told) {
            List<WebhookEndpoint> receivers = endpointsOf.getOrDefault(each.entry().getSubscriberId(), List.of());
            if (receivers.isEmpty()) {
                continue;
            }
            String payload = json.writeValueAsString(Payload.of(each, webUrl));
            WebhookDelivery.Entry entry = new WebhookDelivery.Entry(each.entry().getId(), each.news().eventType(),
                    each.news().subject(), each.news().time());
            receivers.forEach(endpoint -> pending.add(WebhookDelivery.of(entry, endpoint.getId(),
                    endpoint.getSubscriberId(), each.subscriptionId(), payload, now)));
        }
        metrics.reached(Channel.WEBHOOK, DeliveryStatus.PENDING, deliveries.addMissing(pending));
    }

    /** A feed entry for a subscriber told by webhook, through the subscription that follows the target. */
    public record Told(Notification entry, News news, String subscriptionId, Target target) {
    }

    /**
     * The JSON body posted: what happened ({@code type}, the event's type), to what ({@code subject}, with the
     * followed {@code target} that brought it), in which unit, in every language, with a link to it on the site.
     */
    record Payload(String notificationId, String type, String subject, Target target, String unit,
                   Map<String, String> texts, String link, Instant occurredAt) {

        static Payload of(Told told, String webUrl) {
            News news = told.news();
            return new Payload(told.entry().getId(), news.eventType(), news.subject(), told.target(), news.unit(),
                    told.entry().getText(), webUrl + WebPaths.of(news.eventType(), news.subject()), news.time());
        }
    }
}
