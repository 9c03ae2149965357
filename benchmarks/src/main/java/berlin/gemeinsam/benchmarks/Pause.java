package berlin.gemeinsam.benchmarks;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/** Sleeping without checked exceptions; an interrupt ends the run. */
final class Pause {

    private Pause() {
    }

    static void millis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static void of(Duration duration) {
        millis(duration.toMillis());
    }

    /** Parks until the given System.nanoTime, precise to well below a millisecond. */
    static void until(long nanoTime) {
        long wait;
        while ((wait = nanoTime - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
            if (Thread.currentThread().isInterrupted()) {
                throw new IllegalStateException("interrupted");
            }
        }
    }
}
