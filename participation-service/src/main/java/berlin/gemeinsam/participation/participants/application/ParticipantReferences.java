package berlin.gemeinsam.participation.participants.application;

import berlin.gemeinsam.participation.supports.domain.HelixGroup;

import java.util.Optional;

/** The persons' report references in this unit's store, keyed by the token's subject. */
public interface ParticipantReferences {

    /**
     * The person's stored reference, stored as {@code newReference} the first time; a {@code declared} helix group
     * (not null) becomes the person's declared group in the same write. Concurrent first calls store one reference.
     */
    Stored referenceOf(String personId, HelixGroup declared, String newReference);

    /** The person's stored reference, if they contributed since the reference was made. */
    Optional<Stored> find(String personId);

    /** Forgets the person's reference; nothing happens when there is none. */
    void forget(String personId);

    /** A person's reference and the helix group they declared last (null before any). */
    record Stored(String reference, HelixGroup declaredGroup) {
    }
}
