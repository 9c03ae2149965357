package berlin.gemeinsam.participation.privacy.application;

import berlin.gemeinsam.participation.privacy.domain.ParticipantErasure;
import berlin.gemeinsam.platform.outbox.ConcurrentChanges;
import berlin.gemeinsam.platform.security.Access;
import berlin.gemeinsam.platform.units.OwningUnit;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A participant's rights of access and erasure (GDPR Art. 15 and 17) over what this unit holds about them, in every
 * {@link PersonalData} part of the service. Only the person themself exports or erases; to anybody else the
 * participant does not exist.
 */
@Service
public class PrivacyService {

    private static final String PARTICIPANT = "participant";

    private final List<PersonalData> parts;
    private final ParticipantErasures erasures;
    private final Access access;
    private final OwningUnit owner;
    private final Clock clock;

    PrivacyService(List<PersonalData> parts, ParticipantErasures erasures, Access access, OwningUnit owner,
                   Clock clock) {
        this.parts = parts;
        this.erasures = erasures;
        this.access = access;
        this.owner = owner;
        this.clock = clock;
    }

    public ParticipantExport export(String participantId) {
        access.personOwning(participantId, PARTICIPANT);
        Map<String, List<?>> data = new TreeMap<>();
        for (PersonalData part : parts) {
            data.put(part.part(), part.export(participantId));
        }
        return new ParticipantExport(participantId, owner.id(), clock.instant(), data);
    }

    /**
     * Erases the participant. The erasure is recorded first, together with {@code participant.erased.v1}, so that
     * the other services erase the same person even if this process dies right after; then every part erases, and
     * the erasure completes. A crash in between leaves it running: asking again finishes it with the same
     * tombstone. Once this returns, nothing identifying the person is left in this unit's participation-service.
     */
    public void erase(String participantId) {
        access.personOwning(participantId, PARTICIPANT);
        String id = ParticipantErasure.idOf(owner.id(), participantId);
        ParticipantErasure erasure = ConcurrentChanges.retry(() -> {
            Instant now = clock.instant();
            return erasures.find(id).map(requested -> {
                requested.requestAgain(participantId, now)
                        .ifPresent(again -> erasures.save(requested, List.of(again)));
                return requested;
            }).orElseGet(() -> {
                ParticipantErasure.Requested requested = ParticipantErasure.request(owner.id(), participantId, now);
                erasures.add(requested.erasure(), List.of(requested.event()));
                return requested.erasure();
            });
        });
        for (PersonalData part : parts) {
            part.erase(participantId, erasure.getTombstone(), clock.instant());
        }
        ConcurrentChanges.retry(() -> {
            erasures.find(id).filter(running -> running.complete(clock.instant()))
                    .ifPresent(completed -> erasures.save(completed, List.of()));
            return id;
        });
    }
}
