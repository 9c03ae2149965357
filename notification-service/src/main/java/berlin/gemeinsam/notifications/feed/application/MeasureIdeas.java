package berlin.gemeinsam.notifications.feed.application;

import berlin.gemeinsam.notifications.feed.domain.TakenUpIdeas;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/** Which ideas each measure takes up, as the measures' events told it. */
public interface MeasureIdeas {

    /** Adds the ideas to their measures; ideas a measure has already are kept once. */
    void remember(Collection<TakenUpIdeas> takenUp);

    /** The ideas of each of the measures that takes up any. */
    Map<String, Set<String>> ideasOf(Collection<String> measureIds);
}
