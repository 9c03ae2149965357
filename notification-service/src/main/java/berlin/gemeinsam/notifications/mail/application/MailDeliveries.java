package berlin.gemeinsam.notifications.mail.application;

import berlin.gemeinsam.notifications.mail.domain.MailDelivery;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The mails to send and sent. */
public interface MailDeliveries {

    /** Adds the deliveries that are not there yet; one that exists keeps its state. */
    void addMissing(Collection<MailDelivery> deliveries);

    /**
     * Takes on the oldest pending delivery nobody has taken on, or whose taker's time ran out, until
     * {@code until}; empty when there is none.
     */
    Optional<MailDelivery> claimNext(Instant now, Instant until);

    /** The subscriber's mails, pending, sent and suppressed, the oldest first. */
    List<MailDelivery> ofSubscriber(String subscriberId);

    void removeAllOf(String subscriberId);

    void markSent(String id, Instant at);

    void markSuppressed(String id, String reason);
}
