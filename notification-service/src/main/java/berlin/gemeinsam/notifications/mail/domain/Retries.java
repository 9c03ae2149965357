package berlin.gemeinsam.notifications.mail.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a mail the server did not take is tried again: after {@code firstDelay}, then after twice as long each time,
 * until {@code maxAttempts} attempts failed; then it has failed for good.
 */
public record Retries(int maxAttempts, Duration firstDelay) {

    /** Keeps the doubling within a day, however many attempts are configured. */
    private static final Duration LONGEST_DELAY = Duration.ofDays(1);

    public Retries {
        if (maxAttempts < 1 || firstDelay.isNegative() || firstDelay.isZero()) {
            throw new IllegalArgumentException("at least one attempt and a positive delay: " + maxAttempts + ", "
                    + firstDelay);
        }
    }

    /** When to try again after the {@code attempts}-th attempt failed at {@code now}; empty once they are used up. */
    public Optional<Instant> nextAttemptAfter(int attempts, Instant now) {
        if (attempts >= maxAttempts) {
            return Optional.empty();
        }
        Duration delay = firstDelay;
        for (int i = 1; i < attempts && delay.compareTo(LONGEST_DELAY) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return Optional.of(now.plus(delay.compareTo(LONGEST_DELAY) < 0 ? delay : LONGEST_DELAY));
    }
}
