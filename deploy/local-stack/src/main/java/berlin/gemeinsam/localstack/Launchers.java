package berlin.gemeinsam.localstack;

import java.util.concurrent.CountDownLatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the launchers' {@code main} methods share: stopping cleanly on SIGTERM/SIGINT. */
final class Launchers {

    private static final Logger log = LoggerFactory.getLogger(Launchers.class);

    private Launchers() {
    }

    /**
     * Registers a shutdown hook that runs {@code stop} (the JVM runs it on SIGTERM and SIGINT) and blocks the
     * calling thread until the hook has finished.
     */
    static void blockUntilShutdown(String hookName, Runnable stop) {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                stop.run();
            } catch (RuntimeException e) {
                log.error("Error while stopping", e);
            } finally {
                stopped.countDown();
            }
        }, hookName));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Ends a launcher that could not start; only used by {@code main} methods. */
    static void exit(int status) {
        Runtime.getRuntime().exit(status);
    }
}
