package berlin.gemeinsam.participation.formats.application;

import berlin.gemeinsam.participation.formats.domain.Attendance;
import berlin.gemeinsam.participation.formats.domain.Registration;
import berlin.gemeinsam.participation.formats.domain.RegistrationStatus;
import berlin.gemeinsam.participation.privacy.application.PersonalData;
import berlin.gemeinsam.participation.supports.domain.HelixGroup;
import berlin.gemeinsam.platform.outbox.ConcurrentChanges;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * A participant's registrations for dialog formats: status, attendance and whether each made them follow the
 * format. Erasing keeps each registration and its seat or waiting-list place for the format's counts, held by the
 * tombstone: first the format's ledger, then the registration, so that an interrupted erasure repeated finds the
 * registration still naming the person.
 */
@Component
class RegistrationPersonalData implements PersonalData {

    private final Registrations registrations;
    private final DialogFormats formats;

    RegistrationPersonalData(Registrations registrations, DialogFormats formats) {
        this.registrations = registrations;
        this.formats = formats;
    }

    @Override
    public String part() {
        return "registrations";
    }

    @Override
    public List<ExportedRegistration> export(String participantId) {
        return registrations.ofParticipant(participantId).stream().map(ExportedRegistration::of).toList();
    }

    @Override
    public void erase(String participantId, String tombstone, Instant erasedAt) {
        for (Registration registered : registrations.ofParticipant(participantId)) {
            ConcurrentChanges.retry(() -> {
                formats.find(registered.getFormatId())
                        .filter(format -> format.replaceOnLedger(participantId, tombstone))
                        .ifPresent(format -> formats.save(format, List.of()));
                return registered.getFormatId();
            });
            ConcurrentChanges.retry(() -> {
                registrations.find(registered.getId())
                        .filter(registration -> registration.getParticipantId().equals(participantId))
                        .ifPresent(registration -> {
                            registration.erase(tombstone);
                            registrations.save(registration, List.of());
                        });
                return registered.getId();
            });
        }
    }

    /** @param followRequested whether the registration made the participant follow the format */
    record ExportedRegistration(String id, String formatId, HelixGroup helixGroup, RegistrationStatus status,
                                Instant registeredAt, Attendance attendance, Instant changedAt,
                                boolean followRequested) {

        static ExportedRegistration of(Registration registration) {
            return new ExportedRegistration(registration.getId(), registration.getFormatId(),
                    registration.getHelixGroup(), registration.getStatus(), registration.getRegisteredAt(),
                    registration.getAttendance(), registration.getChangedAt(), registration.isFollowRequested());
        }
    }
}
