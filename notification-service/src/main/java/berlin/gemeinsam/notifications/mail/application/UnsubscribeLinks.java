package berlin.gemeinsam.notifications.mail.application;

import berlin.gemeinsam.notifications.mail.domain.UnsubscribeLink;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/** The unsubscribe links of the mails sent, by their token's hash. */
public interface UnsubscribeLinks {

    void add(UnsubscribeLink link);

    Optional<UnsubscribeLink> find(String tokenHash);

    /** Removes the links of the subscriptions. */
    void removeOf(Collection<String> subscriptionIds);

    /** Marks the link used unless it is; false when it was used already. */
    boolean markUsed(String tokenHash, Instant at);
}
