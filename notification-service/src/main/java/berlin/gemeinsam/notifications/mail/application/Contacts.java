package berlin.gemeinsam.notifications.mail.application;

import berlin.gemeinsam.notifications.mail.domain.Consent;
import berlin.gemeinsam.notifications.mail.domain.SubscriberContact;

import java.util.Optional;

/** The subscribers' e-mail addresses, in a collection of their own. */
public interface Contacts {

    /** Keeps the subscriber's address unconfirmed, in place of any they gave before. */
    void replace(SubscriberContact contact);

    Optional<SubscriberContact> find(String subscriberId);

    /** Removes the subscriber's address and consent; nothing when there is none. */
    void remove(String subscriberId);

    /** Stores the consent, if the subscriber's address is still {@code address}; false otherwise. */
    boolean confirm(String subscriberId, String address, Consent consent);
}
