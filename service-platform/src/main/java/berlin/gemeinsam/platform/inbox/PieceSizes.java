package berlin.gemeinsam.platform.inbox;

import java.time.Duration;

/**
 * How many of a poll's new events a batch consumer hands its handler at once, so that each piece of work takes about
 * as long as {@code target}: the work per event is unknown beforehand (one follower or a hundred thousand), so the
 * size follows what the last piece took. Pieces that took less than a quarter of the target grow to twice their
 * size, pieces that took longer than the target shrink to half. Small pieces cost round trips, large ones hold the
 * events' markers back: an event counts as handled, and is skipped after a redelivery, only once its piece is done.
 * Synchronised: a binding with several consumer threads shares its consumer.
 */
final class PieceSizes {

    static final int FIRST = 16;
    static final int LARGEST = 1_024;

    private final long targetNanos;
    private int size = FIRST;

    PieceSizes(Duration target) {
        this.targetNanos = target.toNanos();
    }

    /** How many events the next piece takes. */
    synchronized int next() {
        return size;
    }

    /** Learns from a piece of {@code events} events that took {@code nanos}. */
    synchronized void took(int events, long nanos) {
        if (nanos > targetNanos) {
            size = Math.max(1, events / 2);
        } else if (nanos < targetNanos / 4 && events >= size) {
            size = Math.min(LARGEST, size * 2);
        }
    }
}
