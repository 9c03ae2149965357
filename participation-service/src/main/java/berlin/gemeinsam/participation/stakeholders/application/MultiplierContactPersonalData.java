package berlin.gemeinsam.participation.stakeholders.application;

import berlin.gemeinsam.participation.privacy.application.PersonalData;
import berlin.gemeinsam.participation.stakeholders.domain.MultiplierContact;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * The contact data a person gave as a multiplier, with the consent it was recorded under. Erasing removes it: contact
 * data exists only by consent, and an erasure withdraws it.
 */
@Component
class MultiplierContactPersonalData implements PersonalData {

    private final MultiplierService multipliers;

    MultiplierContactPersonalData(MultiplierService multipliers) {
        this.multipliers = multipliers;
    }

    @Override
    public String part() {
        return "multiplierContacts";
    }

    @Override
    public List<MultiplierContact> export(String participantId) {
        return multipliers.contactsOfPerson(participantId);
    }

    @Override
    public void erase(String participantId, String tombstone, Instant erasedAt) {
        multipliers.eraseContactsOfPerson(participantId);
    }
}
