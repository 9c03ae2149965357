package berlin.gemeinsam.participation.stakeholders.domain;

import berlin.gemeinsam.participation.supports.domain.HelixGroup;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Somebody who carries participation into their community (Multiplikator:in): an organisation of the unit's list or
 * a person, named by their token subject. A multiplier creates invitation codes, and what arrives through them is
 * attributed to it. One multiplier per organisation or person and unit: the id follows from them, so registering
 * twice is refused by the store. Contact data is not part of it (see {@link MultiplierContact}).
 */
public class Multiplier {

    private final String id;
    private final String unit;
    private final MultiplierKind kind;
    /** The organisation, for {@link MultiplierKind#ORGANISATION}. */
    private final String organisationId;
    /** The person's token subject (pseudonymous), for {@link MultiplierKind#PERSON}. */
    private final String personId;
    /** The helix group a person reaches; an organisation's is the organisation's own. */
    private final HelixGroup helixGroup;
    private final Instant registeredAt;
    private final long version;

    Multiplier(String id, String unit, MultiplierKind kind, String organisationId, String personId,
               HelixGroup helixGroup, Instant registeredAt, long version) {
        this.id = id;
        this.unit = unit;
        this.kind = kind;
        this.organisationId = organisationId;
        this.personId = personId;
        this.helixGroup = helixGroup;
        this.registeredAt = registeredAt;
        this.version = version;
    }

    /** An organisation of the unit's list as a multiplier. */
    public static Multiplier organisation(String unit, Organisation organisation, Instant now) {
        Objects.requireNonNull(organisation, "an organisation multiplier needs its organisation");
        return new Multiplier(idOf(unit, MultiplierKind.ORGANISATION, organisation.getId()), unit,
                MultiplierKind.ORGANISATION, organisation.getId(), null, null, now, 0);
    }

    /** A person, by their token subject, reaching the helix group {@code helixGroup}. */
    public static Multiplier person(String unit, String personId, HelixGroup helixGroup, Instant now) {
        Objects.requireNonNull(personId, "a person multiplier needs the person");
        Objects.requireNonNull(helixGroup, "a person multiplier reaches a helix group");
        return new Multiplier(idOf(unit, MultiplierKind.PERSON, personId), unit, MultiplierKind.PERSON, null,
                personId, helixGroup, now, 0);
    }

    public static String idOf(String unit, MultiplierKind kind, String organisationOrPersonId) {
        return UUID.nameUUIDFromBytes((unit + "/multiplier/" + kind.name() + "/" + organisationOrPersonId)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Whether {@code subject} is the person this multiplier is; an organisation is nobody's token. */
    public boolean isPerson(String subject) {
        return kind == MultiplierKind.PERSON && personId.equals(subject);
    }

    public String getId() {
        return id;
    }

    public String getUnit() {
        return unit;
    }

    public MultiplierKind getKind() {
        return kind;
    }

    public String getOrganisationId() {
        return organisationId;
    }

    public String getPersonId() {
        return personId;
    }

    public HelixGroup getHelixGroup() {
        return helixGroup;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public long getVersion() {
        return version;
    }
}
