package berlin.gemeinsam.platform.outbox;

import org.springframework.dao.OptimisticLockingFailureException;

import java.util.function.Supplier;

/**
 * Runs a read-change-write of one aggregate again when somebody else changed it in between (for example the
 * supports consumer while a moderator publishes). Each attempt must read the aggregate afresh.
 */
public final class ConcurrentChanges {

    private static final int ATTEMPTS = 5;

    private ConcurrentChanges() {
    }

    public static <T> T retry(Supplier<T> readChangeWrite) {
        OptimisticLockingFailureException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                return readChangeWrite.get();
            } catch (OptimisticLockingFailureException e) {
                last = e;
            }
        }
        throw last;
    }
}
