package berlin.gemeinsam.platform.testapp;

import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Holds the test application's writes of ideas with a chosen title until they are let go, so that a test has writes
 * really at work in the service (a slow store would do the same), and counts how many arrived.
 */
@Component
public class HeldWrites {

    private final Map<String, CountDownLatch> gates = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> arrived = new ConcurrentHashMap<>();

    public void hold(String title) {
        gates.put(title, new CountDownLatch(1));
    }

    public void letGo(String title) {
        CountDownLatch gate = gates.remove(title);
        if (gate != null) {
            gate.countDown();
        }
    }

    /** How many writes with this title are held now or were held. */
    public int arrived(String title) {
        AtomicInteger count = arrived.get(title);
        return count == null ? 0 : count.get();
    }

    /** Waits while writes with this title are held (at most a minute, so a failed test cannot hang the build). */
    void pass(String title) {
        CountDownLatch gate = gates.get(title);
        if (gate == null) {
            return;
        }
        arrived.computeIfAbsent(title, key -> new AtomicInteger()).incrementAndGet();
        try {
            gate.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
