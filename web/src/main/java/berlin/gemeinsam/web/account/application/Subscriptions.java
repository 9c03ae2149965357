package berlin.gemeinsam.web.account.application;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** notification-service: a person's subscriptions and the e-mail address their mails go to. */
public interface Subscriptions {

    /** The subscriber's subscriptions, the first hundred. */
    List<Subscription> of(String subscriberId);

    void change(String subscriptionId, Set<String> channels, String language);

    void unfollow(String subscriptionId);

    /** The address the subscriber gave, if any. */
    Optional<EmailAddress> emailOf(String subscriberId);

    /** Keeps the address unconfirmed and has the confirmation mail sent to it, in the language. */
    void giveEmail(String subscriberId, String address, String language);
}
