package berlin.gemeinsam.participation.stakeholders.application;

import berlin.gemeinsam.participation.stakeholders.domain.MultiplierContact;

import java.util.List;
import java.util.Optional;

/**
 * The multipliers' contact data with their consents, kept apart from everything else (no outbox: it never goes
 * into an event), one per multiplier.
 */
public interface MultiplierContacts {

    /** Keeps the contact of its multiplier, replacing one kept before. */
    void put(MultiplierContact contact);

    Optional<MultiplierContact> find(String multiplierId);

    /** The contacts of the person multiplier that is {@code personId}. */
    List<MultiplierContact> ofPerson(String personId);

    /** Erases the contact of a multiplier; there being none is fine. */
    void remove(String multiplierId);

    /** Erases every contact of the person {@code personId}; returns how many there were. */
    long removeOfPerson(String personId);
}
