package berlin.gemeinsam.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntConsumer;

/** Closed-loop clients: each runs its task again as soon as the last one returned. */
final class Workers {

    private static final long GRACE_SECONDS = 120;

    private Workers() {
    }

    /** Runs the task with {@code clients} threads until {@code endNanos}; a failing task ends the run. */
    static void until(int clients, long endNanos, Runnable task) {
        run(clients, client -> {
            while (System.nanoTime() < endNanos) {
                task.run();
            }
        }, TimeUnit.NANOSECONDS.toSeconds(endNanos - System.nanoTime()) + GRACE_SECONDS);
    }

    /** Runs the task {@code count} times, spread over {@code clients} threads. */
    static void times(int clients, int count, IntConsumer task) {
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        run(clients, client -> {
            int index;
            while ((index = next.getAndIncrement()) < count) {
                task.accept(index);
            }
        }, GRACE_SECONDS + count / 10);
    }

    private static void run(int clients, IntConsumer client, long timeoutSeconds) {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                int id = i;
                running.add(pool.submit(() -> client.accept(id)));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
            for (Future<?> each : running) {
                each.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a client failed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("clients did not finish within " + timeoutSeconds + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }
}
