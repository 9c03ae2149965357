package berlin.gemeinsam.participation.stakeholders.application;

import berlin.gemeinsam.participation.stakeholders.domain.Consent;
import berlin.gemeinsam.participation.stakeholders.domain.ContactData;
import berlin.gemeinsam.participation.stakeholders.domain.Multiplier;
import berlin.gemeinsam.participation.stakeholders.domain.MultiplierContact;
import berlin.gemeinsam.participation.stakeholders.domain.Organisation;
import berlin.gemeinsam.participation.supports.domain.HelixGroup;
import berlin.gemeinsam.platform.errors.InvalidFieldException;
import berlin.gemeinsam.platform.errors.NotFoundException;
import berlin.gemeinsam.platform.paging.Cursor;
import berlin.gemeinsam.platform.paging.CursorPage;
import berlin.gemeinsam.platform.security.Access;
import berlin.gemeinsam.platform.security.Caller;
import berlin.gemeinsam.platform.units.OwningUnit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Registering multipliers and keeping their contact data. The unit's admins register organisations of the list and
 * persons; a citizen may register themself as a person multiplier. A multiplier, its contact and its codes are seen
 * only by the unit's admins and by the person it is; anybody else is told it does not exist.
 *
 * <p>Contact data is kept only with a recorded consent (what for, the consent text's version, when), in a store of
 * its own, and never goes into an event or a log.
 */
@Service
public class MultiplierService {

    private final Multipliers multipliers;
    private final MultiplierContacts contacts;
    private final Organisations organisations;
    private final Access access;
    private final OwningUnit owner;
    private final Clock clock;

    MultiplierService(Multipliers multipliers, MultiplierContacts contacts, Organisations organisations,
                      Access access, OwningUnit owner, Clock clock) {
        this.multipliers = multipliers;
        this.contacts = contacts;
        this.organisations = organisations;
        this.access = access;
        this.owner = owner;
        this.clock = clock;
    }

    /** The unit's admin registers an organisation of the list as a multiplier, with its contact if consented. */
    public Multiplier registerOrganisation(String organisationId, ContactData contact, ConsentGiven consent) {
        access.unitAdminOf(owner.id());
        Organisation organisation = organisations.find(organisationId)
                .orElseThrow(() -> new NotFoundException("organisation", organisationId, "organisationId"));
        return register(Multiplier.organisation(owner.id(), organisation, clock.instant()), contact, consent);
    }

    /**
     * Registers a person as a multiplier reaching {@code helixGroup}: the unit's admin anybody, a citizen only
     * themself.
     */
    public Multiplier registerPerson(String personId, HelixGroup helixGroup, ContactData contact,
                                     ConsentGiven consent) {
        Caller caller = access.caller().orElseThrow(() -> new AccessDeniedException("authentication required"));
        if (!caller.isUnitAdminOf(owner.id())) {
            access.citizenActingAs(personId);
        }
        return register(Multiplier.person(owner.id(), personId, helixGroup, clock.instant()), contact, consent);
    }

    /** The contact is checked before anything is stored, so that a refused contact leaves no multiplier behind. */
    private Multiplier register(Multiplier multiplier, ContactData contact, ConsentGiven consent) {
        Optional<MultiplierContact> kept = contactOf(multiplier, contact, consent);
        multipliers.add(multiplier);
        kept.ifPresent(contacts::put);
        return multiplier;
    }

    private Optional<MultiplierContact> contactOf(Multiplier multiplier, ContactData contact, ConsentGiven consent) {
        if (contact == null) {
            if (consent != null) {
                throw new InvalidFieldException("contact", "multiplier.contact-empty");
            }
            return Optional.empty();
        }
        Consent recorded = consent == null ? null
                : new Consent(consent.purpose(), consent.textVersion(), clock.instant());
        return Optional.of(MultiplierContact.record(multiplier, contact, recorded));
    }

    /** A multiplier, for the unit's admins and the person it is. */
    public Multiplier get(String id) {
        return visible(id);
    }

    /** The unit's multipliers, for its admins. */
    public CursorPage<Multiplier> page(Optional<Cursor> after, int limit) {
        access.unitAdminOf(owner.id());
        return multipliers.page(after, limit);
    }

    /** The contact data with its consent, for the unit's admins and the person it is. */
    public MultiplierContact contact(String multiplierId) {
        visible(multiplierId);
        return contacts.find(multiplierId).orElseThrow(() -> new NotFoundException("contact", multiplierId));
    }

    /** Records a (new) consent with the contact data it allows, replacing what was kept. */
    public MultiplierContact recordContact(String multiplierId, ContactData contact, ConsentGiven consent) {
        Multiplier multiplier = visible(multiplierId);
        Consent recorded = consent == null ? null
                : new Consent(consent.purpose(), consent.textVersion(), clock.instant());
        MultiplierContact kept = MultiplierContact.record(multiplier, contact, recorded);
        contacts.put(kept);
        return kept;
    }

    /** The consent is withdrawn: the contact data goes. Withdrawing again changes nothing. */
    public void eraseContact(String multiplierId) {
        visible(multiplierId);
        contacts.remove(multiplierId);
    }

    /**
     * Everything kept about the person {@code personId} as a multiplier's contact, for their data export. The caller
     * (the privacy use case) has checked who asks.
     */
    public List<MultiplierContact> contactsOfPerson(String personId) {
        return contacts.ofPerson(personId);
    }

    /** Erases the contact data of the person {@code personId}; the caller has checked who asks. */
    public long eraseContactsOfPerson(String personId) {
        return contacts.removeOfPerson(personId);
    }

    /**
     * The multiplier if the caller is the unit's admin or the person it is.
     *
     * @throws NotFoundException for anybody else
     */
    Multiplier visible(String id) {
        Multiplier multiplier = multipliers.find(id).orElseThrow(() -> new NotFoundException("multiplier", id));
        boolean mayRead = access.caller().filter(caller -> caller.isUnitAdminOf(owner.id())
                || caller.isCitizen() && multiplier.isPerson(caller.subject())).isPresent();
        if (!mayRead) {
            throw new NotFoundException("multiplier", id);
        }
        return multiplier;
    }

    /** What the person agreed to: the purpose and the version of the consent text; the time is the recording's. */
    public record ConsentGiven(String purpose, String textVersion) {
    }
}
