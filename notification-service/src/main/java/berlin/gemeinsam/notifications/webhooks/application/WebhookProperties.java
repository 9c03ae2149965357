package berlin.gemeinsam.notifications.webhooks.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * How webhooks are sent.
 *
 * @param allowLoopback  whether a URL may lead to this machine (loopback, then also plain http): the local stack and
 *                       the tests, never production
 * @param disableAfter   failed attempts in a row, of any of its deliveries, that disable an endpoint
 * @param retryDelays    the longest wait before the second, third, … attempt of a delivery (full jitter); after the
 *                       last the delivery is given up
 * @param connectTimeout how long a connection to an endpoint may take
 * @param readTimeout    how long an endpoint may take to answer
 * @param sendInterval   how often the senders look for due deliveries
 * @param senders        threads that send, each one delivery at a time
 * @param claimTime      how long a sender has for a delivery it took on before another may; longer than a call
 */
@ConfigurationProperties("gemeinsam.notifications.webhooks")
public record WebhookProperties(
        @DefaultValue("false") boolean allowLoopback,
        @DefaultValue("20") int disableAfter,
        @DefaultValue({"30s", "2m", "10m", "1h", "4h", "8h", "12h"}) List<Duration> retryDelays,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("10s") Duration readTimeout,
        @DefaultValue("1s") Duration sendInterval,
        @DefaultValue("2") int senders,
        @DefaultValue("1m") Duration claimTime) {
}
