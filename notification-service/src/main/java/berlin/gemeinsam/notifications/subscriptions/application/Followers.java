package berlin.gemeinsam.notifications.subscriptions.application;

import berlin.gemeinsam.notifications.subscriptions.domain.Follower;
import berlin.gemeinsam.notifications.subscriptions.domain.Publication;
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
     * The subscribers whose saved searches match the publication ({@link
     * berlin.gemeinsam.notifications.subscriptions.domain.SearchProfile#matches}), one per matching subscription,
     * read lazily. The caller closes the stream.
     */
    Stream<Follower> searching(Publication publication);
}
