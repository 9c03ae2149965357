package berlin.gemeinsam.platform.inbox;

import java.util.List;

/**
 * Applies what several events say at once, in one go against the store. Like an {@link EventHandler}, the effect
 * must be idempotent: the events are remembered as processed after it, and a crash in between delivers them
 * again.
 *
 * @param <T> what the consumer reads from each event
 */
@FunctionalInterface
public interface BatchHandler<T> {

    void handle(List<T> items);
}
