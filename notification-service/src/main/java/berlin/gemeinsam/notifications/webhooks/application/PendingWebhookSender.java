package berlin.gemeinsam.notifications.webhooks.application;

import berlin.gemeinsam.notifications.deliveries.application.DeliveryMetrics;
import berlin.gemeinsam.notifications.deliveries.domain.DeliveryStatus;
import berlin.gemeinsam.notifications.deliveries.domain.SuppressionReason;
import berlin.gemeinsam.notifications.subscriptions.application.Subscriptions;
import berlin.gemeinsam.notifications.subscriptions.domain.Channel;
import berlin.gemeinsam.notifications.subscriptions.domain.Subscription;
import berlin.gemeinsam.notifications.webhooks.domain.DisabledReason;
import berlin.gemeinsam.notifications.webhooks.domain.RejectedUrlException;
import berlin.gemeinsam.notifications.webhooks.domain.RetrySchedule;
import berlin.gemeinsam.notifications.webhooks.domain.WebhookDelivery;
import berlin.gemeinsam.notifications.webhooks.domain.WebhookEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;

/**
 * Sends the due webhook deliveries on threads of its own, apart from the feed's consumers and the mail sender, so a
 * slow or dead receiver holds up only its own deliveries, each at most a connect and a read timeout. Each delivery
 * is taken on for a while before it is sent (two senders never send one together) and its outcome written after:
 * a crash in between sends it again once its time ran out, with the same {@code webhook-id}.
 * <p>
 * A 2xx is sent and ends the endpoint's streak of failures; a 410 disables the endpoint at once; anything else
 * (another status, no answer in time, a host resolving to an address that is not called) counts one more failure
 * of the endpoint in a row and is tried again later ({@link RetrySchedule}), until the streak reaches
 * {@code disable-after} and disables the endpoint. Its owner is told in their feed when it is disabled.
 */
@Service
public class PendingWebhookSender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PendingWebhookSender.class);
    private static final String JSON = "application/json";

    private final WebhookDeliveries deliveries;
    private final WebhookEndpoints endpoints;
    private final Subscriptions subscriptions;
    private final WebhookUrlPolicy urls;
    private final WebhookCalls calls;
    private final EndpointOwners owners;
    private final WebhookProperties properties;
    private final RetrySchedule schedule;
    private final DeliveryMetrics metrics;
    private final Clock clock;
    private final RandomGenerator random = RandomGenerator.getDefault();
    private volatile ScheduledExecutorService senders;

    PendingWebhookSender(WebhookDeliveries deliveries, WebhookEndpoints endpoints, Subscriptions subscriptions,
                         WebhookUrlPolicy urls, WebhookCalls calls, EndpointOwners owners,
                         WebhookProperties properties, DeliveryMetrics metrics, Clock clock) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.subscriptions = subscriptions;
        this.urls = urls;
        this.calls = calls;
        this.owners = owners;
        this.properties = properties;
        this.schedule = new RetrySchedule(properties.retryDelays());
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public void start() {
        AtomicInteger number = new AtomicInteger();
        ThreadFactory named = runnable -> {
            Thread thread = new Thread(runnable, "webhook-sender-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        senders = Executors.newScheduledThreadPool(properties.senders(), named);
        long interval = properties.sendInterval().toMillis();
        for (int i = 0; i < properties.senders(); i++) {
            senders.scheduleWithFixedDelay(this::sendDue, 0, interval, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = senders;
        senders = null;
        if (running != null) {
            running.shutdownNow();
            try {
                running.awaitTermination(properties.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return senders != null;
    }

    /** Sends every due delivery; a failure of the store ends this round, and the next one tries again. */
    public void sendDue() {
        try {
            Optional<WebhookDelivery> next;
            while (!Thread.currentThread().isInterrupted() && (next = claimNext()).isPresent()) {
                send(next.get());
            }
        } catch (RuntimeException failed) {
            log.warn("Webhook deliveries not sent, tried again later", failed);
        }
    }

    private Optional<WebhookDelivery> claimNext() {
        Instant now = clock.instant();
        return deliveries.claimNext(now, now.plus(properties.claimTime()));
    }

    private void send(WebhookDelivery delivery) {
        Instant now = clock.instant();
        Optional<WebhookEndpoint> found = endpoints.find(delivery.getEndpointId());
        if (found.isEmpty()) {
            suppress(delivery, SuppressionReason.ENDPOINT_DELETED, now);
            return;
        }
        WebhookEndpoint endpoint = found.get();
        if (!endpoint.isEnabled()) {
            suppress(delivery, SuppressionReason.ENDPOINT_DISABLED, now);
            return;
        }
        Optional<Subscription> subscription = subscriptions.find(delivery.getSubscriptionId());
        if (subscription.isEmpty()) {
            suppress(delivery, SuppressionReason.SUBSCRIPTION_ENDED, now);
            return;
        }
        if (!subscription.get().getChannels().contains(Channel.WEBHOOK)) {
            suppress(delivery, SuppressionReason.CHANNEL_REMOVED, now);
            return;
        }
        int number = delivery.getAttempts() + 1;
        int status;
        try {
            URI url = urls.checked(endpoint.getUrl());
            Map<String, String> headers = new LinkedHashMap<>(WebhookSignatures.headers(delivery.getId(),
                    now.getEpochSecond(), delivery.getPayload(), endpoint.signingKey()));
            headers.put("Content-Type", JSON);
            status = calls.post(url, headers, delivery.getPayload());
        } catch (RejectedUrlException rejected) {
            failed(delivery, endpoint, new WebhookDeliveries.Attempt(number, null,
                    "URL not called: " + rejected.rejection(), clock.instant()));
            return;
        } catch (IOException | RuntimeException noAnswer) {
            // a call the client cannot even make counts as failed too, so that it is not taken on again and again
            failed(delivery, endpoint, new WebhookDeliveries.Attempt(number, null,
                    "no answer: " + noAnswer.getClass().getSimpleName(), clock.instant()));
            return;
        }
        answered(delivery, endpoint, number, status);
    }

    private void answered(WebhookDelivery delivery, WebhookEndpoint endpoint, int number, int status) {
        Instant at = clock.instant();
        if (WebhookDelivery.isTaken(status)) {
            deliveries.markSent(delivery.getId(), new WebhookDeliveries.Attempt(number, status, null, at));
            metrics.reached(Channel.WEBHOOK, DeliveryStatus.SENT, 1);
            endpoints.resetStreak(endpoint.getId());
        } else if (WebhookDelivery.isGone(status)) {
            markFailed(delivery, new WebhookDeliveries.Attempt(number, status, "endpoint gone (410), disabled", at));
            disable(endpoint, DisabledReason.GONE, at);
        } else {
            failed(delivery, endpoint, new WebhookDeliveries.Attempt(number, status, "answered " + status, at));
        }
    }

    private void failed(WebhookDelivery delivery, WebhookEndpoint endpoint, WebhookDeliveries.Attempt attempt) {
        int streak = endpoints.countFailure(endpoint.getId());
        if (WebhookEndpoint.streakDisables(streak, properties.disableAfter())) {
            markFailed(delivery, withReason(attempt, attempt.reason() + "; endpoint disabled after " + streak
                    + " failed attempts in a row"));
            disable(endpoint, DisabledReason.FAILING, attempt.at());
            return;
        }
        Optional<Instant> next = schedule.nextAttempt(attempt.number(), attempt.at(), random);
        if (next.isPresent()) {
            deliveries.retryAt(delivery.getId(), attempt, next.get());
        } else {
            markFailed(delivery, withReason(attempt, attempt.reason() + "; given up after " + attempt.number()
                    + " attempts"));
        }
    }

    /** Counted only when it was still pending: one suppressed meanwhile stays so. */
    private void markFailed(WebhookDelivery delivery, WebhookDeliveries.Attempt attempt) {
        if (deliveries.markFailed(delivery.getId(), attempt)) {
            metrics.reached(Channel.WEBHOOK, DeliveryStatus.FAILED, 1);
        }
    }

    private void suppress(WebhookDelivery delivery, SuppressionReason reason, Instant at) {
        if (deliveries.markSuppressed(delivery.getId(), reason.name(), at)) {
            metrics.reached(Channel.WEBHOOK, DeliveryStatus.SUPPRESSED, 1);
        }
    }

    private static WebhookDeliveries.Attempt withReason(WebhookDeliveries.Attempt attempt, String reason) {
        return new WebhookDeliveries.Attempt(attempt.number(), attempt.statusCode(), reason, attempt.at());
    }

    private void disable(WebhookEndpoint endpoint, DisabledReason reason, Instant at) {
        if (endpoints.disable(endpoint.getId(), reason, at)) {
            log.info("Webhook endpoint {} disabled: {}", endpoint.getId(), reason);
            owners.tellDisabled(endpoint, reason, at);
        }
    }
}
