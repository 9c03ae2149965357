package berlin.gemeinsam.participation.formats.domain;

import berlin.gemeinsam.events.participation.FollowRequested;
import berlin.gemeinsam.events.participation.FormatAttendanceRecorded;
import berlin.gemeinsam.events.participation.FormatRegistered;
import berlin.gemeinsam.events.participation.FormatRegistrationCancelled;
import berlin.gemeinsam.events.participation.FormatWaitlistPromoted;
import berlin.gemeinsam.participation.supports.domain.HelixGroup;
import berlin.gemeinsam.platform.errors.StateConflictException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A participant's registration for a dialog format and what became of it: a seat, a wait, a cancellation,
 * attendance. One per participant and format: the id follows from both, and registering again after a cancellation
 * renews the same registration. Whether a seat is free the format's seat ledger decides; this record carries the
 * outcome and the events that tell the participant.
 */
public class Registration {

    private final String id;
    private final String formatId;
    private final String unit;
    /** Pseudonymous: the token's subject; after the participant's erasure, the tombstone that stands for them. */
    private String participantId;
    private HelixGroup helixGroup;
    private RegistrationStatus status;
    private Instant registeredAt;
    private Attendance attendance;
    private Instant changedAt;
    /** Whether the participant was made a follower of the format with this registration: it asks for that once. */
    private boolean followRequested;
    /** The invitation code the registration arrived through; the first one counts, once. */
    private String invitationCode;
    private final long version;

    Registration(String id, String formatId, String unit, String participantId, HelixGroup helixGroup,
                 RegistrationStatus status, Instant registeredAt, Attendance attendance, Instant changedAt,
                 long version) {
        this.id = id;
        this.formatId = formatId;
        this.unit = unit;
        this.participantId = participantId;
        this.helixGroup = helixGroup;
        this.status = status;
        this.registeredAt = registeredAt;
        this.attendance = attendance;
        this.changedAt = changedAt;
        this.version = version;
    }

    public static String idOf(String unit, String formatId, String participantId) {
        return UUID.nameUUIDFromBytes((unit + "/format-registration/" + formatId + "/" + participantId)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * The registration of a participant the ledger gave a seat or a place on the waiting list ({@code place}, from
     * 1, for a wait).
     */
    public static Registered register(String unit, String formatId, String participantId, HelixGroup helixGroup,
                                      Placement placement, Integer place, Instant now) {
        Objects.requireNonNull(participantId, "a registration needs its participant");
        Registration registration = new Registration(idOf(unit, formatId, participantId), formatId, unit,
                participantId, null, null, null, null, null, 0);
        return new Registered(registration, registration.renew(helixGroup, placement, place, now));
    }

    /**
     * Registers again after a cancellation, with the placement the ledger gave; the ledger, which decides, had the
     * participant on none of its lists.
     */
    public FormatRegistered renew(HelixGroup helixGroup, Placement placement, Integer place, Instant now) {
        this.helixGroup = helixGroup;
        status = placement == Placement.SEAT ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITLISTED;
        registeredAt = now;
        attendance = null;
        changedAt = now;
        return new FormatRegistered(id, formatId, unit, participantId, status.name(),
                placement == Placement.SEAT ? null : place, now);
    }

    /**
     * The participant follows the format they registered for, the first time they register with following asked
     * for; registering again after a cancellation asks for nothing more, so that somebody who unfollowed meanwhile is
     * not made to follow again.
     */
    public Optional<FollowRequested> requestFollow(Instant now) {
        if (followRequested) {
            return Optional.empty();
        }
        followRequested = true;
        return Optional.of(new FollowRequested(participantId, "FORMAT", formatId, unit, "REGISTRATION", now));
    }

    /**
     * Attributes the registration to the invitation code it arrived through, unless it arrived through one before
     * (registering again after a cancellation renews the same registration).
     *
     * @return whether it is attributed now, so that the attribution is told once
     */
    public boolean arrivedThrough(String code) {
        if (invitationCode != null) {
            return false;
        }
        invitationCode = code;
        return true;
    }

    public FormatRegistrationCancelled cancel(Instant now) {
        requireCancellable();
        RegistrationStatus previous = status;
        status = RegistrationStatus.CANCELLED;
        changedAt = now;
        return new FormatRegistrationCancelled(id, formatId, unit, participantId, previous.name(), now);
    }

    /** @throws StateConflictException when the registration was cancelled already */
    public void requireCancellable() {
        if (status == RegistrationStatus.CANCELLED) {
            throw new StateConflictException("registration", status.name(), "cancel", List.of("register"));
        }
    }

    /** The ledger gave the waiting participant a seat; a registration that holds one already stays as it is. */
    public Optional<FormatWaitlistPromoted> promote(String title, Instant start, Instant now) {
        if (status != RegistrationStatus.WAITLISTED) {
            return Optional.empty();
        }
        status = RegistrationStatus.REGISTERED;
        changedAt = now;
        return Optional.of(new FormatWaitlistPromoted(id, formatId, unit, participantId, title, start, now));
    }

    /** Records or corrects whether the participant came; the format checks that it started. */
    public FormatAttendanceRecorded recordAttendance(Attendance recorded, Instant now) {
        if (status != RegistrationStatus.REGISTERED) {
            throw new StateConflictException("registration", status.name(), "record attendance", List.of());
        }
        attendance = Objects.requireNonNull(recorded, "attended or not");
        changedAt = now;
        return new FormatAttendanceRecorded(id, formatId, unit, participantId, recorded.name(), now);
    }

    /**
     * The participant was erased: the registration stays, for the format's seats and counts, held by the
     * {@code tombstone} that stands for them (the format's ledger is changed the same way).
     */
    public void erase(String tombstone) {
        participantId = Objects.requireNonNull(tombstone, "an erased participant is replaced by a tombstone");
    }

    public String getId() {
        return id;
    }

    public String getFormatId() {
        return formatId;
    }

    public String getUnit() {
        return unit;
    }

    public String getParticipantId() {
        return participantId;
    }

    public HelixGroup getHelixGroup() {
        return helixGroup;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Attendance getAttendance() {
        return attendance;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getInvitationCode() {
        return invitationCode;
    }

    public boolean isFollowRequested() {
        return followRequested;
    }

    public long getVersion() {
        return version;
    }

    /** A new registration and its event. */
    public record Registered(Registration registration, FormatRegistered event) {
    }
}
