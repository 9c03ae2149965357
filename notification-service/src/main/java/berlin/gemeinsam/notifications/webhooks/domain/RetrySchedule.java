package berlin.gemeinsam.notifications.webhooks.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When a failed delivery is tried again: after the n-th failed attempt within the n-th delay, at a random point of
 * it ("full jitter"), so that the retries of many deliveries that failed together (a receiver down for an hour) do
 * not come back together. The delays grow, so a receiver down for hours still gets its deliveries; after the last
 * one the delivery is given up.
 *
 * @param delays the longest wait after the first, second, … failed attempt
 */
public record RetrySchedule(List<Duration> delays) {

    public RetrySchedule {
        delays = List.copyOf(delays);
        if (delays.stream().anyMatch(delay -> delay.isNegative() || delay.isZero())) {
            throw new IllegalArgumentException("retry delays must be positive: " + delays);
        }
    }

    /** Every attempt a delivery gets: the first and one per delay. */
    public int maxAttempts() {
        return delays.size() + 1;
    }

    /**
     * The time of the next attempt after {@code failedAttempts} failed ones (counting the one that just failed), or
     * empty when that was the last.
     */
    public Optional<Instant> nextAttempt(int failedAttempts, Instant now, RandomGenerator random) {
        if (failedAttempts < 1 || failedAttempts > delays.size()) {
            return Optional.empty();
        }
        long cap = delays.get(failedAttempts - 1).toMillis();
        return Optional.of(now.plusMillis(random.nextLong(cap + 1)));
    }
}
