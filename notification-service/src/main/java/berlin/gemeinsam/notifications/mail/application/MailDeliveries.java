package berlin.gemeinsam.notifications.mail.application;

import berlin.gemeinsam.notifications.mail.domain.MailDelivery;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The mails to send and sent. Every change of status is one conditional update of the mail's document, and a mail
 * keeps its document after it was sent, failed or suppressed until {@link #removeSettledBefore}.
 */
public interface MailDeliveries {

    /** Adds the deliveries that are not there yet and returns how many were; one that exists keeps its state. */
    long addMissing(Collection<MailDelivery> deliveries);

    /**
     * The ids of up to {@code limit} pending deliveries nobody has taken on, or whose taker's time ran out or whose
     * next attempt is due, the oldest first; none when there is none.
     */
    List<String> dueIds(Instant now, int limit);

    /**
     * Takes the delivery on until {@code until} if it is still due, counting the attempt; empty when another sender
     * took it meanwhile or it is no longer pending.
     */
    Optional<MailDelivery> claim(String id, Instant now, Instant until);

    Optional<MailDelivery> find(String id);

    /** The subscriber's mails, pending, sent and suppressed, the oldest first. */
    List<MailDelivery> ofSubscriber(String subscriberId);

    void removeAllOf(String subscriberId);

    /** Marks it sent, whatever happened to it meanwhile: it was. */
    void markSent(String id, Instant at);

    /** Marks a pending delivery suppressed; false when it is not pending any more. */
    boolean markSuppressed(String id, String reason, Instant at);

    /** Suppresses every pending delivery of the subscription and returns how many. */
    long suppressPendingOf(String subscriptionId, String reason, Instant at);

    /** Keeps a delivery whose attempt failed pending until {@code retryAt}, with the kind of failure. */
    void retryLater(String id, String error, Instant retryAt);

    /** Marks a pending delivery failed for good after its last attempt; false when it is not pending any more. */
    boolean markFailed(String id, String error, Instant at);

    /** Removes the deliveries that were sent, failed or suppressed before {@code before}; returns how many. */
    long removeSettledBefore(Instant before);
}
