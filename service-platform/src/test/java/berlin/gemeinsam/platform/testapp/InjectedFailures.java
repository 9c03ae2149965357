package berlin.gemeinsam.platform.testapp;

import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes the test application's handlers fail for chosen events, a number of times or always, and counts how
 * often a handler was called with each: what the consumers do with a failing handler is what the tests look at.
 */
@Component
public class InjectedFailures {

    private final Map<String, AtomicInteger> remaining = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

    /** The handler fails the first {@code times} times it is called with this subject. */
    public void failTimes(String subject, int times) {
        remaining.put(subject, new AtomicInteger(times));
    }

    public void failAlways(String subject) {
        failTimes(subject, Integer.MAX_VALUE);
    }

    /** How often a handler was called with this subject, failed calls included. */
    public int attempts(String subject) {
        AtomicInteger count = attempts.get(subject);
        return count == null ? 0 : count.get();
    }

    /** Counts a call of a handler with this subject, and fails it while failures remain. */
    void attempt(String subject) {
        attempts.computeIfAbsent(subject, key -> new AtomicInteger()).incrementAndGet();
        AtomicInteger left = remaining.get(subject);
        if (left != null && left.getAndDecrement() > 0) {
            throw new IllegalStateException("injected failure for " + subject);
        }
    }
}
