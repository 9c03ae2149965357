package berlin.gemeinsam.notifications.mail.application;

import berlin.gemeinsam.notifications.mail.domain.DigestEntry;
import berlin.gemeinsam.notifications.subscriptions.domain.Frequency;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The feed entries waiting for a digest mail. */
public interface DigestEntries {

    /** Adds the entries that are not there yet and returns how many were; one that exists keeps its state. */
    long addMissing(Collection<DigestEntry> entries);

    /** The subscribers with entries of the frequency written before {@code before} that no digest took yet. */
    Set<String> subscribersWaiting(Frequency frequency, Instant before);

    /** The subscriber's entries of the frequency written before {@code before} that no digest took yet. */
    List<DigestEntry> waiting(String subscriberId, Frequency frequency, Instant before);

    /** Marks the entries taken by the digest mail, so the next digest leaves them out. */
    void markTaken(Collection<String> ids, String digestId);

    /** Removes the subscription's entries that no digest took yet. */
    void removeWaitingOf(String subscriptionId);

    /** Removes the entries a digest took that were written before {@code before}. */
    void removeTakenBefore(Instant before);

    List<DigestEntry> ofSubscriber(String subscriberId);

    void removeAllOf(String subscriberId);
}
