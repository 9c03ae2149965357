package berlin.gemeinsam.notifications.mail.application;

import berlin.gemeinsam.notifications.mail.domain.Consent;
import berlin.gemeinsam.notifications.mail.domain.EmailConfirmation;
import berlin.gemeinsam.notifications.mail.domain.SecretTokens;
import berlin.gemeinsam.notifications.mail.domain.SubscriberContact;
import berlin.gemeinsam.platform.errors.NotFoundException;
import berlin.gemeinsam.platform.errors.StateConflictException;
import berlin.gemeinsam.platform.security.Access;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * A subscriber's e-mail address with double opt-in: given by the subscriber themself, it is kept unconfirmed and
 * gets only the confirmation mail, whose link confirms it once within its time.
 */
@Service
public class EmailAddresses {

    private final Contacts contacts;
    private final Confirmations confirmations;
    private final MailTexts texts;
    private final OutgoingMails mails;
    private final MailProperties properties;
    private final Access access;
    private final Clock clock;

    EmailAddresses(Contacts contacts, Confirmations confirmations, MailTexts texts, OutgoingMails mails,
                   MailProperties properties, Access access, Clock clock) {
        this.contacts = contacts;
        this.confirmations = confirmations;
        this.texts = texts;
        this.mails = mails;
        this.properties = properties;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Keeps the address unconfirmed in place of any earlier one and sends it the confirmation mail in the language.
     * The mail goes out while the subscriber waits, so that they learn at once if the server did not take it.
     */
    public void give(String subscriberId, String address, String language) {
        access.personActingAs(subscriberId);
        Instant now = clock.instant();
        String token = SecretTokens.newToken();
        contacts.replace(SubscriberContact.unconfirmed(subscriberId, address, now));
        confirmations.add(EmailConfirmation.of(token, subscriberId, address,
                now.plus(properties.confirmationValidity())));
        mails.send(texts.confirmation(address, language, properties.serviceUrl() + "/api/v1/email-confirmations/"
                + token, properties.confirmationValidity()));
    }

    /**
     * Confirms the address the token was sent to and stores the consent. An unknown token is 404, a used one or one
     * for an address since replaced 409, an expired one 410; none of them changes anything.
     */
    public void confirm(String token) {
        String tokenHash = SecretTokens.hashOf(token);
        EmailConfirmation confirmation = confirmations.find(tokenHash)
                .orElseThrow(() -> new NotFoundException("email-confirmation", "…"));
        Instant now = clock.instant();
        confirmation.checkUsable(now);
        SubscriberContact contact = contacts.find(confirmation.getSubscriberId())
                .filter(current -> confirmation.confirms(current.getAddress()))
                .orElseThrow(() -> new StateConflictException("email-confirmation", "SUPERSEDED", "confirm",
                        List.of()));
        if (!confirmations.markUsed(tokenHash, now)) {
            throw new StateConflictException("email-confirmation", "CONFIRMED", "confirm", List.of());
        }
        contacts.confirm(contact.getId(), contact.getAddress(),
                new Consent(now, properties.consentTextVersion(), confirmation.getAddressHash()));
    }
}
