package berlin.gemeinsam.participation.stakeholders.domain;

import berlin.gemeinsam.platform.errors.InvalidFieldException;

import java.util.Objects;

/**
 * A multiplier's contact data with the consent that allows keeping it. Stored apart from everything else (its own
 * collection, keyed by the multiplier), never in an event or a log, so that it can be read out and erased on its
 * own; without a consent there is none.
 */
public class MultiplierContact {

    private final String id;
    /** The person's token subject for a person multiplier, so that their contact is found by person; else null. */
    private final String personId;
    private final ContactData contact;
    private final Consent consent;

    MultiplierContact(String id, String personId, ContactData contact, Consent consent) {
        this.id = id;
        this.personId = personId;
        this.contact = contact;
        this.consent = consent;
    }

    /**
     * The contact data of {@code multiplier} as given, kept under {@code consent}.
     *
     * @throws InvalidFieldException naming {@code consent} when there is none, or {@code contact} when it is empty
     */
    public static MultiplierContact record(Multiplier multiplier, ContactData contact, Consent consent) {
        Objects.requireNonNull(multiplier, "a contact belongs to a multiplier");
        if (contact == null || contact.isEmpty()) {
            throw new InvalidFieldException("contact", "multiplier.contact-empty");
        }
        if (consent == null) {
            throw new InvalidFieldException("consent", "multiplier.consent-missing");
        }
        return new MultiplierContact(multiplier.getId(), multiplier.getPersonId(), contact, consent);
    }

    /** The multiplier's id. */
    public String getId() {
        return id;
    }

    public String getPersonId() {
        return personId;
    }

    public ContactData getContact() {
        return contact;
    }

    public Consent getConsent() {
        return consent;
    }
}
