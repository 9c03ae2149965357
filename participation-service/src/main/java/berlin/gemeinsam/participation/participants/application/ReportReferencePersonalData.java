package berlin.gemeinsam.participation.participants.application;

import berlin.gemeinsam.participation.privacy.application.PersonalData;
import berlin.gemeinsam.participation.supports.domain.HelixGroup;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * The random reference the participation reports know a person by, and the helix group they declared last. Erasing
 * forgets whom the reference stood for: the reports keep counting, but nothing leads from them to the person.
 */
@Component
class ReportReferencePersonalData implements PersonalData {

    private final ParticipantReferences references;
    private final Participants participants;

    ReportReferencePersonalData(ParticipantReferences references, Participants participants) {
        this.references = references;
        this.participants = participants;
    }

    @Override
    public String part() {
        return "reportReference";
    }

    @Override
    public List<ExportedReference> export(String participantId) {
        return references.find(participantId)
                .map(stored -> List.of(new ExportedReference(stored.reference(), stored.declaredGroup())))
                .orElse(List.of());
    }

    @Override
    public void erase(String participantId, String tombstone, Instant erasedAt) {
        participants.forget(participantId);
    }

    record ExportedReference(String reference, HelixGroup declaredHelixGroup) {
    }
}
