package berlin.gemeinsam.participation.formats;

import berlin.gemeinsam.events.participation.FollowRequested;
import berlin.gemeinsam.events.participation.FormatAttendanceRecorded;
import berlin.gemeinsam.events.participation.FormatCancelled;
import berlin.gemeinsam.events.participation.FormatRegistered;
import berlin.gemeinsam.events.participation.FormatRegistrationCancelled;
import berlin.gemeinsam.events.participation.FormatWaitlistPromoted;
import berlin.gemeinsam.participation.formats.domain.Actor;
import berlin.gemeinsam.participation.formats.domain.Attendance;
import berlin.gemeinsam.participation.formats.domain.DialogFormat;
import berlin.gemeinsam.participation.formats.domain.FormatDetails;
import berlin.gemeinsam.participation.formats.domain.FormatStatus;
import berlin.gemeinsam.participation.formats.domain.FormatType;
import berlin.gemeinsam.participation.formats.domain.Placement;
import berlin.gemeinsam.participation.formats.domain.Registration;
import berlin.gemeinsam.participation.formats.domain.RegistrationStatus;
import berlin.gemeinsam.participation.supports.domain.HelixGroup;
import berlin.gemeinsam.platform.errors.DuplicateException;
import berlin.gemeinsam.platform.errors.StateConflictException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The seat ledger, the waiting list and its promotion, the deadline and attendance: rules without Spring. */
class DialogFormatTest {

    private static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");
    private static final Instant START = Instant.parse("2027-03-10T17:00:00Z");
    private static final Instant DEADLINE = Instant.parse("2027-03-08T23:00:00Z");
    private static final Actor ADMIN = Actor.unitAdmin("mitte");

    private static FormatDetails details(int capacity) {
        return new FormatDetails("Arena der Ideen: Spreeufer", "Ideen für das Ufer vorstellen und diskutieren",
                FormatType.ARENA_SESSION, START, START.plus(Duration.ofHours(2)), "Rathaus Mitte, Saal 1", null,
                capacity, DEADLINE, List.of(), List.of(), List.of(HelixGroup.PUBLIC, HelixGroup.SCIENCE));
    }

    private static DialogFormat scheduled(int capacity) {
        return DialogFormat.schedule("format-1", "mitte", details(capacity), ADMIN, NOW).format();
    }

    @Test
    void seatsGoFirstComeFirstServedAndThenTheWaitingListInOrder() {
        DialogFormat format = scheduled(2);

        assertThat(format.register("anna", NOW)).isEqualTo(Placement.SEAT);
        assertThat(format.register("ben", NOW)).isEqualTo(Placement.SEAT);
        assertThat(format.register("carla", NOW)).isEqualTo(Placement.WAITING_LIST);
        assertThat(format.register("dilek", NOW)).isEqualTo(Placement.WAITING_LIST);

        assertThat(format.seatsLeft()).isZero();
        assertThat(format.getSeatsTaken()).isEqualTo(2);
        assertThat(format.waitingListPlaceOf("carla")).isEqualTo(OptionalInt.of(1));
        assertThat(format.waitingListPlaceOf("dilek")).isEqualTo(OptionalInt.of(2));
        assertThat(format.waitingListPlaceOf("anna")).isEmpty();
    }

    @Test
    void aParticipantRegistersOnceWhetherTheyHoldASeatOrWait() {
        DialogFormat format = scheduled(1);
        format.register("anna", NOW);
        format.register("ben", NOW);

        assertThatThrownBy(() -> format.register("anna", NOW)).isInstanceOf(DuplicateException.class);
        assertThatThrownBy(() -> format.register("ben", NOW)).isInstanceOf(DuplicateException.class);
        assertThat(format.getWaitingList()).containsExactly("ben");
    }

    @Test
    void registrationClosesAtTheDeadlineAndWithACancellation() {
        DialogFormat format = scheduled(10);

        assertThat(format.register("anna", DEADLINE.minusSeconds(1))).isEqualTo(Placement.SEAT);
        assertThatThrownBy(() -> format.register("ben", DEADLINE))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("registration closed");

        FormatCancelled cancelled = format.cancel("Der Saal ist gesperrt", ADMIN, NOW);
        assertThat(cancelled.participantIds()).containsExactly("anna");
        assertThat(cancelled.reason()).isEqualTo("Der Saal ist gesperrt");
        assertThat(format.getStatus()).isEqualTo(FormatStatus.CANCELLED);
        assertThatThrownBy(() -> format.register("carla", NOW))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("CANCELLED");
        assertThatThrownBy(() -> format.cancel("noch einmal", ADMIN, NOW)).isInstanceOf(StateConflictException.class);
    }

    @Test
    void aSeatGivenUpGoesToTheFirstOnTheWaitingListAndTheOthersMoveUp() {
        DialogFormat format = scheduled(2);
        for (String participant : List.of("anna", "ben", "carla", "dilek", "emil")) {
            format.register(participant, NOW);
        }

        assertThat(format.release("anna", NOW)).contains("carla");

        assertThat(format.getSeatHolders()).containsExactly("ben", "carla");
        assertThat(format.getSeatsTaken()).isEqualTo(2);
        assertThat(format.waitingListPlaceOf("dilek")).isEqualTo(OptionalInt.of(1));
        assertThat(format.waitingListPlaceOf("emil")).isEqualTo(OptionalInt.of(2));

        assertThat(format.release("dilek", NOW)).isEmpty();
        assertThat(format.waitingListPlaceOf("emil")).isEqualTo(OptionalInt.of(1));
        assertThat(format.release("ben", NOW)).contains("emil");
        assertThat(format.getPendingPromotions()).containsExactly("carla", "emil");
        format.promotionsRecorded(List.of("carla"));
        assertThat(format.getPendingPromotions()).containsExactly("emil");
        assertThat(format.release("carla", NOW)).isEmpty();
        assertThat(format.getSeatsTaken()).isEqualTo(1);
        assertThat(format.seatsLeft()).isEqualTo(1);
        assertThatThrownBy(() -> format.release("emil", START)).isInstanceOf(StateConflictException.class);
    }

    @Test
    void moreCapacityPromotesTheWaitingAndLessThanTheSeatsTakenIsRefused() {
        DialogFormat format = scheduled(1);
        for (String participant : List.of("anna", "ben", "carla")) {
            format.register(participant, NOW);
        }

        DialogFormat.Changed changed = format.change(details(2), ADMIN, NOW);

        assertThat(changed.promoted()).containsExactly("ben");
        assertThat(changed.event().capacity()).isEqualTo(2);
        assertThat(format.getWaitingList()).containsExactly("carla");
        assertThatThrownBy(() -> format.change(details(1), ADMIN, NOW))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("2 seats taken");
        assertThat(format.getHistory()).extracting("change").containsExactly("schedule", "change");
    }

    @Test
    void attendanceIsRecordedAfterTheStartForThoseWithASeat() {
        DialogFormat format = scheduled(1);
        format.register("anna", NOW);
        format.register("ben", NOW);

        assertThatThrownBy(() -> format.requireAttendanceRecordable("anna", START.minusSeconds(1)))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("record attendance");
        format.requireAttendanceRecordable("anna", START);
        assertThatThrownBy(() -> format.requireAttendanceRecordable("ben", START))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("without a seat");
    }

    @Test
    void aRegistrationTellsItsParticipantEveryStepAndNamesThemOnlyByTheirId() {
        Registration.Registered registered = Registration.register("mitte", "format-1", "carla", HelixGroup.PUBLIC,
                Placement.WAITING_LIST, 3, NOW);
        Registration registration = registered.registration();
        FormatRegistered event = registered.event();
        assertThat(event.status()).isEqualTo("WAITLISTED");
        assertThat(event.waitingListPlace()).isEqualTo(3);
        assertThat(event.participantId()).isEqualTo("carla");
        assertThat(registration.getId()).isEqualTo(Registration.idOf("mitte", "format-1", "carla"))
                .isNotEqualTo(Registration.idOf("mitte", "format-2", "carla"));

        Optional<FormatWaitlistPromoted> promoted = registration.promote("Arena", START, NOW);
        assertThat(promoted).get().extracting(FormatWaitlistPromoted::participantId).isEqualTo("carla");
        assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(registration.promote("Arena", START, NOW)).isEmpty();

        FormatAttendanceRecorded attended = registration.recordAttendance(Attendance.NO_SHOW, START);
        assertThat(attended.attendance()).isEqualTo("NO_SHOW");
        assertThat(registration.getAttendance()).isEqualTo(Attendance.NO_SHOW);

        FormatRegistrationCancelled cancelled = registration.cancel(NOW);
        assertThat(cancelled.previousStatus()).isEqualTo("REGISTERED");
        assertThatThrownBy(() -> registration.cancel(NOW)).isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> registration.recordAttendance(Attendance.ATTENDED, START))
                .isInstanceOf(StateConflictException.class);

        FormatRegistered again = registration.renew(null, Placement.SEAT, null, NOW);
        assertThat(again.status()).isEqualTo("REGISTERED");
        assertThat(again.waitingListPlace()).isNull();
        assertThat(registration.getAttendance()).isNull();
    }

    @Test
    void aFormatEndsAfterItStartsClosesRegistrationBeforeAndTakesPlaceSomewhere() {
        assertThatThrownBy(() -> new FormatDetails("t", "d", FormatType.WORKSHOP, START, START, "Ort", null, 5,
                DEADLINE, null, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FormatDetails("t", "d", FormatType.WORKSHOP, START, START.plusSeconds(60),
                "Ort", null, 5, START, null, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FormatDetails("t", "d", FormatType.WORKSHOP, START, START.plusSeconds(60),
                null, null, 5, DEADLINE, null, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FormatDetails("t", "d", FormatType.WORKSHOP, START, START.plusSeconds(60),
                null, "http://meet.example", 5, DEADLINE, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FormatDetails("t", "d", FormatType.WORKSHOP, START, START.plusSeconds(60),
                "Ort", null, 0, DEADLINE, null, null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRegistrationMakesItsParticipantFollowTheFormatOnceEvenWhenRenewed() {
        Registration registration = Registration.register("mitte", "format-1", "anna", HelixGroup.PUBLIC,
                Placement.SEAT, null, NOW).registration();

        assertThat(registration.requestFollow(NOW))
                .contains(new FollowRequested("anna", "FORMAT", "format-1", "mitte", "REGISTRATION", NOW));
        registration.cancel(NOW.plusSeconds(60));
        registration.renew(HelixGroup.PUBLIC, Placement.WAITING_LIST, 1, NOW.plusSeconds(120));

        assertThat(registration.requestFollow(NOW.plusSeconds(120))).isEmpty();
    }
}
