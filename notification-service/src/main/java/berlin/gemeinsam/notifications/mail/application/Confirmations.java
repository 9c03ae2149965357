package berlin.gemeinsam.notifications.mail.application;

import berlin.gemeinsam.notifications.mail.domain.EmailConfirmation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The open and used requests to confirm an address, by their token's hash. */
public interface Confirmations {

    void add(EmailConfirmation confirmation);

    Optional<EmailConfirmation> find(String tokenHash);

    /** The subscriber's requests to confirm an address, open and used. */
    List<EmailConfirmation> ofSubscriber(String subscriberId);

    void removeAllOf(String subscriberId);

    /** Marks the confirmation used unless it is; false when it was used already. */
    boolean markUsed(String tokenHash, Instant at);
}
