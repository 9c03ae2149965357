package berlin.gemeinsam.notifications.subscriptions.application;

import berlin.gemeinsam.notifications.subscriptions.domain.Follower;
import berlin.gemeinsam.notifications.subscriptions.domain.Publication;
import berlin.gemeinsam.notifications.subscriptions.domain.SavedSearch;
import berlin.gemeinsam.notifications.subscriptions.domain.Target;

import java.util.Collection;
import java.util.stream.Stream;

/** Who follows what, as a feed entry's fan-out reads it. */
public interface Followers {

    /**
     * The followers of any of the targets, one per subscription, read lazily so that a unit with hundreds of
     * thousands of followers never sits in memory at once. The caller closes the stream.
     */
    Stream<Follower> following(Collection<Target> targets);

    /**
     * The saved searches that may match any of the publications, one per subscription, read lazily: all that do
     * match ({@link SavedSearch#matches}) and possibly more, which the caller tells apart. One look-up for a whole
     * poll's publications, not one for each. The caller closes the stream.
     */
    Stream<SavedSearch> searching(Collection<Publication> publications);
}
