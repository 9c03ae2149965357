package berlin.gemeinsam.participation.formats.application;

import berlin.gemeinsam.events.participation.FormatAttendanceRecorded;
import berlin.gemeinsam.events.participation.FormatRegistered;
import berlin.gemeinsam.participation.formats.domain.Attendance;
import berlin.gemeinsam.participation.formats.domain.DialogFormat;
import berlin.gemeinsam.participation.formats.domain.Placement;
import berlin.gemeinsam.participation.formats.domain.Registration;
import berlin.gemeinsam.participation.formats.domain.RegistrationStatus;
import berlin.gemeinsam.participation.participants.application.Participants;
import berlin.gemeinsam.participation.participants.domain.Contribution;
import berlin.gemeinsam.participation.stakeholders.application.InvitationService;
import berlin.gemeinsam.participation.stakeholders.domain.InvitationCode;
import berlin.gemeinsam.participation.stakeholders.domain.InvitationTarget;
import berlin.gemeinsam.participation.stakeholders.domain.InvitedContribution;
import berlin.gemeinsam.participation.supports.domain.HelixGroup;
import berlin.gemeinsam.platform.errors.DuplicateException;
import berlin.gemeinsam.platform.errors.NotFoundException;
import berlin.gemeinsam.platform.outbox.ConcurrentChanges;
import berlin.gemeinsam.platform.security.Access;
import berlin.gemeinsam.platform.security.Caller;
import berlin.gemeinsam.platform.units.OwningUnit;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Registering for the unit's dialog formats, cancelling, the waiting list and attendance. Citizens register as
 * themselves (the token's subject); the unit's admins see the registrations and record attendance.
 */
@Service
public class RegistrationService {

    /**
     * Each failed claim means another registration or change of the format got through first, so the attempts are
     * many: a claim fails only while others succeed.
     */
    private static final int CLAIM_ATTEMPTS = 100;

    private final DialogFormats formats;
    private final Registrations registrations;
    private final Promotions promotions;
    private final InvitationService invitations;
    private final Participants participants;
    private final Access access;
    private final OwningUnit owner;
    private final Clock clock;

    RegistrationService(DialogFormats formats, Registrations registrations, Promotions promotions,
                        InvitationService invitations, Participants participants, Access access, OwningUnit owner,
                        Clock clock) {
        this.formats = formats;
        this.registrations = registrations;
        this.promotions = promotions;
        this.invitations = invitations;
        this.participants = participants;
        this.access = access;
        this.owner = owner;
        this.clock = clock;
    }

    /**
     * Registers the calling citizen: a seat while one is free, else a place on the waiting list. The format's seat
     * ledger decides in one conditional store update; the registration then records the outcome with its event.
     * Unless {@code follow} is false, the participant follows the format: the request to notification-service is
     * written with the registration, once per registration. A registration through a valid {@code invitationCode} for
     * the format is attributed to the code's multiplier in the same write, once per registration; the code is checked
     * before the ledger gives a seat.
     */
    public RegistrationOutcome register(String formatId, HelixGroup helixGroup, boolean follow,
                                        String invitationCode) {
        String participantId = access.citizenActingAs(null).subject();
        Optional<InvitationCode> invitation = invitations.validFor(invitationCode, InvitationTarget.FORMAT,
                format(formatId).getId());
        Enrolment enrolment = new Enrolment(participantId, helixGroup, follow, invitation);
        for (int attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
            DialogFormat format = format(formatId);
            Instant now = clock.instant();
            Placement placement;
            try {
                placement = format.register(participantId, now);
            } catch (DuplicateException onTheLedger) {
                return completedFromLedger(format, enrolment, now).orElseThrow(() -> onTheLedger);
            }
            Optional<DialogFormat> claimed = formats.claim(format, participantId, placement);
            if (claimed.isPresent()) {
                return record(claimed.get(), enrolment, placement, now);
            }
        }
        throw new OptimisticLockingFailureException(
                "format " + formatId + " changed " + CLAIM_ATTEMPTS + " times during one registration");
    }

    /**
     * Cancels the caller's own registration before the format starts; a seat given up goes to the first on the
     * waiting list at once. Nobody cancels another's registration.
     */
    public Registration cancel(String formatId, String registrationId) {
        Registration registration = registration(formatId, registrationId);
        Caller caller = access.caller().orElseThrow(() -> new AccessDeniedException("authentication required"));
        if (!caller.isCitizen() || !caller.subject().equals(registration.getParticipantId())) {
            throw new AccessDeniedException("a participant cancels only their own registration");
        }
        registration.requireCancellable();
        Optional<String> promoted = ConcurrentChanges.retry(() -> {
            DialogFormat format = format(formatId);
            Optional<String> first = format.release(registration.getParticipantId(), clock.instant());
            formats.save(format, List.of());
            return first;
        });
        ConcurrentChanges.retry(() -> {
            Registration current = registration(formatId, registrationId);
            registrations.save(current, List.of(current.cancel(clock.instant())));
            return current;
        });
        promoted.ifPresent(participantId -> promotions.promote(format(formatId), List.of(participantId)));
        return registration(formatId, registrationId);
    }

    /** Records whether a registered participant came; for the unit's admins, once the format started. */
    public Registration recordAttendance(String formatId, String registrationId, Attendance attendance) {
        access.unitAdminOf(owner.id());
        DialogFormat format = format(formatId);
        return ConcurrentChanges.retry(() -> {
            Registration registration = registration(formatId, registrationId);
            format.requireAttendanceRecordable(registration.getParticipantId(), clock.instant());
            FormatAttendanceRecorded recorded = registration.recordAttendance(attendance, clock.instant());
            registrations.save(registration, List.of(recorded, participants.of(registration.getParticipantId(), null)
                    .contributed(Contribution.ATTENDANCE, registration.getId(), "FORMAT", formatId,
                            registration.getHelixGroup(), attendance == Attendance.ATTENDED, recorded.recordedAt())));
            return registration(formatId, registrationId);
        });
    }

    /** A registration with the format's seat ledger; only its participant and the unit's admins see it. */
    public RegistrationOutcome get(String formatId, String registrationId) {
        Registration registration = registration(formatId, registrationId);
        boolean mayRead = access.caller().filter(caller -> caller.isUnitAdminOf(owner.id())
                || caller.isCitizen() && caller.subject().equals(registration.getParticipantId())).isPresent();
        if (!mayRead) {
            throw new NotFoundException("registration", registrationId);
        }
        return new RegistrationOutcome(registration, format(formatId));
    }

    /** Every registration of a format, for its unit's admins (attendance lists). */
    public List<RegistrationOutcome> ofFormat(String formatId) {
        access.unitAdminOf(owner.id());
        DialogFormat format = format(formatId);
        return registrations.ofFormat(formatId).stream()
                .map(registration -> new RegistrationOutcome(registration, format)).toList();
    }

    /** Writes the registration the ledger decided, a new one or a renewed one after a cancellation. */
    private RegistrationOutcome record(DialogFormat claimed, Enrolment enrolment, Placement placement, Instant now) {
        String participantId = enrolment.participantId();
        Integer place = claimed.waitingListPlaceOf(participantId).stream().boxed().findFirst().orElse(null);
        String id = Registration.idOf(owner.id(), claimed.getId(), participantId);
        Registration registration = ConcurrentChanges.retry(() -> registrations.find(id).map(existing -> {
            registrations.save(existing, withFollowAndInvitation(existing,
                    existing.renew(enrolment.helixGroup(), placement, place, now), enrolment, now));
            return existing;
        }).orElseGet(() -> {
            Registration.Registered registered = Registration.register(owner.id(), claimed.getId(), participantId,
                    enrolment.helixGroup(), placement, place, now);
            registrations.add(registered.registration(), withFollowAndInvitation(registered.registration(),
                    registered.event(), enrolment, now));
            return registered.registration();
        }));
        return new RegistrationOutcome(registration(claimed.getId(), registration.getId()), claimed);
    }

    private static List<Record> withFollowAndInvitation(Registration registration, FormatRegistered registered,
                                                        Enrolment enrolment, Instant now) {
        List<Record> events = new ArrayList<>(List.of(registered));
        if (enrolment.follow()) {
            registration.requestFollow(now).ifPresent(events::add);
        }
        enrolment.invitation().filter(code -> registration.arrivedThrough(code.getId()))
                .map(code -> code.redeemed(InvitedContribution.REGISTRATION, registration.getId(),
                        registration.getHelixGroup(), now))
                .ifPresent(events::add);
        return events;
    }

    /**
     * A participant the ledger holds whose registration does not say so: the process stopped between the ledger's
     * update and the registration's. Registering again completes it instead of answering a duplicate.
     */
    private Optional<RegistrationOutcome> completedFromLedger(DialogFormat format, Enrolment enrolment,
                                                              Instant now) {
        Optional<Registration> recorded = registrations.find(Registration.idOf(owner.id(), format.getId(),
                enrolment.participantId()));
        if (recorded.isPresent() && recorded.get().getStatus() != RegistrationStatus.CANCELLED) {
            return Optional.empty();
        }
        Placement placement = format.holdsSeat(enrolment.participantId()) ? Placement.SEAT : Placement.WAITING_LIST;
        return Optional.of(record(format, enrolment, placement, now));
    }

    private DialogFormat format(String formatId) {
        return formats.find(formatId).orElseThrow(() -> new NotFoundException("format", formatId));
    }

    private Registration registration(String formatId, String registrationId) {
        return registrations.find(registrationId)
                .filter(registration -> registration.getFormatId().equals(formatId))
                .orElseThrow(() -> new NotFoundException("registration", registrationId));
    }

    /** What the participant asked for when registering, the invitation code they came through included. */
    private record Enrolment(String participantId, HelixGroup helixGroup, boolean follow,
                             Optional<InvitationCode> invitation) {
    }

    /** A registration and the format's ledger, which tells the place on the waiting list. */
    public record RegistrationOutcome(Registration registration, DialogFormat format) {

        public Integer waitingListPlace() {
            return format.waitingListPlaceOf(registration.getParticipantId()).stream().boxed().findFirst()
                    .orElse(null);
        }
    }
}
