package berlin.gemeinsam.platform.events;

/**
 * The place of an event in the order of its aggregate's events, as the CloudEvents {@code sequence} extension
 * attribute ({@code ce_sequence}): the version the aggregate reached with the change that caused the event, and the
 * event's index among that change's events, both zero-padded ({@code 0000000000000000007.0001}), so that comparing
 * two sequences of one aggregate as strings (as the extension specifies) orders them as the changes happened. A
 * consumer that keeps the newest sequence it applied can tell an older or repeated event from a newer one.
 */
public final class EventSequence {

    /** Enough for the events of one change; more is a mistake in the aggregate, not a case to order. */
    static final int MAX_EVENTS_PER_CHANGE = 10_000;

    private EventSequence() {
    }

    /** The sequence of the {@code index}th event (from 0) of the change that brought the aggregate to {@code version}. */
    public static String of(long version, int index) {
        if (version < 0) {
            throw new IllegalArgumentException("an aggregate's version is not negative: " + version);
        }
        if (index < 0 || index >= MAX_EVENTS_PER_CHANGE) {
            throw new IllegalArgumentException("a change causes at most " + MAX_EVENTS_PER_CHANGE + " events, not "
                    + (index + 1));
        }
        return String.format("%019d.%04d", version, index);
    }
}
