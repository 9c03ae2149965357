package berlin.gemeinsam.participation.participants.application;

import berlin.gemeinsam.participation.participants.domain.ParticipantReference;
import berlin.gemeinsam.participation.supports.domain.HelixGroup;
import berlin.gemeinsam.platform.units.OwningUnit;
import org.springframework.stereotype.Service;

import java.util.UUID;

/**
 * The persons who contribute in this unit, as the participation reports know them: by a random reference of the unit,
 * never by the token's subject (see {@link ParticipantReference}).
 */
@Service
public class Participants {

    private final ParticipantReferences references;
    private final OwningUnit owner;

    Participants(ParticipantReferences references, OwningUnit owner) {
        this.references = references;
        this.owner = owner;
    }

    /**
     * The person's reference, made the first time they contribute; a helix group they contribute for now (null: none)
     * is remembered as the one they declared last.
     */
    public ParticipantReference of(String personId, HelixGroup declared) {
        ParticipantReferences.Stored stored = references.referenceOf(personId, declared,
                UUID.randomUUID().toString());
        return new ParticipantReference(owner.id(), stored.reference(), stored.declaredGroup());
    }

    /**
     * Forgets who the person's reference stood for, for their erasure: the reports keep counting their contributions,
     * which no longer lead to anybody; a later contribution of theirs gets a new reference.
     */
    public void forget(String personId) {
        references.forget(personId);
    }
}
