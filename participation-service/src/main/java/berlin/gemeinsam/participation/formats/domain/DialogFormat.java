package berlin.gemeinsam.participation.formats.domain;

import berlin.gemeinsam.events.participation.FormatCancelled;
import berlin.gemeinsam.events.participation.FormatChanged;
import berlin.gemeinsam.events.participation.FormatScheduled;
import berlin.gemeinsam.participation.supports.domain.HelixGroup;
import berlin.gemeinsam.platform.errors.DuplicateException;
import berlin.gemeinsam.platform.errors.StateConflictException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A dialog format a unit offers, with its seat ledger: who holds the {@code capacity} seats and who waits for one,
 * in order. The ledger is the one place that decides seats, so that one format document can be changed atomically
 * by the store ("a seat while fewer than {@code capacity} are taken"): concurrent registrations never overbook.
 * Participants are named by their pseudonymous id (the token's subject).
 */
public class DialogFormat {

    private final String id;
    private final String unit;
    private String title;
    private String description;
    private FormatType type;
    private Instant start;
    private Instant end;
    private String place;
    private String onlineLink;
    private int capacity;
    private Instant registrationDeadline;
    private List<String> ideaIds;
    private List<String> measureIds;
    private List<HelixGroup> helixGroups;
    private FormatStatus status;
    private String cancellationReason;
    private final Instant scheduledAt;
    /** The number of seat holders, kept beside the list so that the store can compare it with the capacity. */
    private int seatsTaken;
    private final List<String> seatHolders;
    /** First come, first served: the first waits longest and gets the next free seat. */
    private final List<String> waitingList;
    /**
     * Promoted from the waiting list by the ledger but not yet told through their registration: kept in the same write
     * as the promotion, so that a process stopping in between leaves a record that completes the promotion later.
     */
    private final List<String> pendingPromotions;
    private final List<HistoryEntry> history;
    private final long version;

    DialogFormat(String id, String unit, String title, String description, FormatType type, Instant start,
                 Instant end, String place, String onlineLink, int capacity, Instant registrationDeadline,
                 List<String> ideaIds, List<String> measureIds, List<HelixGroup> helixGroups, FormatStatus status,
                 String cancellationReason, Instant scheduledAt, int seatsTaken, List<String> seatHolders,
                 List<String> waitingList, List<String> pendingPromotions, List<HistoryEntry> history, long version) {
        this.id = id;
        this.unit = unit;
        this.title = title;
        this.description = description;
        this.type = type;
        this.start = start;
        this.end = end;
        this.place = place;
        this.onlineLink = onlineLink;
        this.capacity = capacity;
        this.registrationDeadline = registrationDeadline;
        this.ideaIds = ideaIds == null ? new ArrayList<>() : new ArrayList<>(ideaIds);
        this.measureIds = measureIds == null ? new ArrayList<>() : new ArrayList<>(measureIds);
        this.helixGroups = helixGroups == null ? new ArrayList<>() : new ArrayList<>(helixGroups);
        this.status = status;
        this.cancellationReason = cancellationReason;
        this.scheduledAt = scheduledAt;
        this.seatsTaken = seatsTaken;
        this.seatHolders = seatHolders == null ? new ArrayList<>() : new ArrayList<>(seatHolders);
        this.waitingList = waitingList == null ? new ArrayList<>() : new ArrayList<>(waitingList);
        this.pendingPromotions = pendingPromotions == null ? new ArrayList<>() : new ArrayList<>(pendingPromotions);
        this.history = history == null ? new ArrayList<>() : new ArrayList<>(history);
        this.version = version;
    }

    /** A unit schedules a format; it must still lie ahead. */
    public static Scheduled schedule(String id, String unit, FormatDetails details, Actor by, Instant now) {
        requireAhead(details, now);
        DialogFormat format = new DialogFormat(id, unit, null, null, null, null, null, null, null, 0, null, null,
                null, null, FormatStatus.SCHEDULED, null, now, 0, null, null, null, null, 0);
        format.apply(details);
        format.history.add(new HistoryEntry("schedule", by, now, null));
        return new Scheduled(format, new FormatScheduled(id, unit, details.title(), details.description(),
                details.type().name(), details.start(), details.end(), details.place(), details.onlineLink(),
                details.capacity(), details.registrationDeadline(), details.ideaIds(), details.measureIds(),
                names(details.helixGroups()), now));
    }

    /**
     * Changes what the unit says about the format before it starts. The capacity may not fall below the seats taken
     * (the unit talks to those it would turn away instead); more capacity gives the new seats to the first on the
     * waiting list at once.
     *
     * @return the participants promoted from the waiting list, in order
     */
    public Changed change(FormatDetails details, Actor by, Instant now) {
        requireScheduled("change");
        requireNotStarted(now, "change");
        if (!details.start().isAfter(now)) {
            throw new IllegalArgumentException("a dialog format is moved to a start that lies ahead");
        }
        if (details.capacity() < seatsTaken) {
            throw new StateConflictException("format", seatsTaken + " seats taken",
                    "reduce the capacity to " + details.capacity(), List.of("capacity of at least " + seatsTaken));
        }
        apply(details);
        List<String> promoted = new ArrayList<>();
        while (seatsTaken < capacity && !waitingList.isEmpty()) {
            promoted.add(promoteFirst());
        }
        history.add(new HistoryEntry("change", by, now, null));
        return new Changed(promoted, new FormatChanged(id, unit, title, description, type.name(), start, end, place,
                onlineLink, capacity, registrationDeadline, List.copyOf(ideaIds), List.copyOf(measureIds),
                names(helixGroups), now));
    }

    /** Cancels the format; the event names everybody registered or waiting, so that they are told. */
    public FormatCancelled cancel(String reason, Actor by, Instant now) {
        requireScheduled("cancel");
        requireNotStarted(now, "cancel");
        status = FormatStatus.CANCELLED;
        cancellationReason = reason;
        history.add(new HistoryEntry("cancel", by, now, reason));
        List<String> told = new ArrayList<>(seatHolders);
        told.addAll(waitingList);
        return new FormatCancelled(id, unit, title, start, reason, told, now);
    }

    /**
     * Registers a participant: a seat while fewer than {@code capacity} are taken, else the end of the waiting list.
     * The store makes the same change to the stored format only if the decision still holds there.
     *
     * @throws DuplicateException when the participant holds a seat or waits already
     * @throws StateConflictException when the format is cancelled or its registration closed
     */
    public Placement register(String participantId, Instant now) {
        requireScheduled("register");
        if (!now.isBefore(registrationDeadline)) {
            throw new StateConflictException("format", "registration closed at " + registrationDeadline,
                    "register", List.of());
        }
        if (isOnLedger(participantId)) {
            throw new DuplicateException("registration", "participant is registered for " + id + " already");
        }
        if (seatsTaken < capacity) {
            seatHolders.add(participantId);
            seatsTaken++;
            return Placement.SEAT;
        }
        waitingList.add(participantId);
        return Placement.WAITING_LIST;
    }

    /**
     * A participant gives up their seat or their place on the waiting list before the format starts. A seat given up
     * goes to the first on the waiting list at once.
     *
     * @return the participant promoted to the seat, if anybody waited
     */
    public Optional<String> release(String participantId, Instant now) {
        requireNotStarted(now, "cancel a registration");
        if (waitingList.remove(participantId) || !seatHolders.remove(participantId)) {
            return Optional.empty();
        }
        seatsTaken--;
        return waitingList.isEmpty() ? Optional.empty() : Optional.of(promoteFirst());
    }

    /** Attendance is recorded once the format started, for those who held a seat. */
    public void requireAttendanceRecordable(String participantId, Instant now) {
        if (now.isBefore(start)) {
            throw new StateConflictException("format", "starts at " + start, "record attendance",
                    List.of());
        }
        if (!seatHolders.contains(participantId)) {
            throw new StateConflictException("registration", "without a seat", "record attendance", List.of());
        }
    }

    /**
     * The participant was erased: their seat or waiting-list place stays, held by the {@code tombstone}, so that
     * neither the seats taken nor anybody's place changes.
     *
     * @return whether the participant was on the ledger
     */
    public boolean replaceOnLedger(String participantId, String tombstone) {
        Objects.requireNonNull(tombstone, "an erased participant is replaced by a tombstone");
        return replace(seatHolders, participantId, tombstone) || replace(waitingList, participantId, tombstone);
    }

    private static boolean replace(List<String> ledger, String participantId, String tombstone) {
        int index = ledger.indexOf(participantId);
        if (index < 0) {
            return false;
        }
        ledger.set(index, tombstone);
        return true;
    }

    public boolean isOnLedger(String participantId) {
        return seatHolders.contains(participantId) || waitingList.contains(participantId);
    }

    public boolean holdsSeat(String participantId) {
        return seatHolders.contains(participantId);
    }

    /** The participant's place on the waiting list, from 1, if they wait. */
    public OptionalInt waitingListPlaceOf(String participantId) {
        int index = waitingList.indexOf(participantId);
        return index < 0 ? OptionalInt.empty() : OptionalInt.of(index + 1);
    }

    public int seatsLeft() {
        return Math.max(0, capacity - seatsTaken);
    }

    private String promoteFirst() {
        String first = waitingList.remove(0);
        seatHolders.add(first);
        seatsTaken++;
        pendingPromotions.add(first);
        return first;
    }

    /** The registrations of these promoted participants say so now; nothing is left to complete for them. */
    public void promotionsRecorded(List<String> participantIds) {
        pendingPromotions.removeAll(participantIds);
    }

    private void apply(FormatDetails details) {
        title = details.title();
        description = details.description();
        type = details.type();
        start = details.start();
        end = details.end();
        place = details.place();
        onlineLink = details.onlineLink();
        capacity = details.capacity();
        registrationDeadline = details.registrationDeadline();
        ideaIds = new ArrayList<>(details.ideaIds());
        measureIds = new ArrayList<>(details.measureIds());
        helixGroups = new ArrayList<>(details.helixGroups());
    }

    private static void requireAhead(FormatDetails details, Instant now) {
        if (!details.registrationDeadline().isAfter(now)) {
            throw new IllegalArgumentException("a dialog format is scheduled before its registration closes");
        }
    }

    private void requireScheduled(String change) {
        if (status != FormatStatus.SCHEDULED) {
            throw new StateConflictException("format", status.name(), change, status.allowedChanges());
        }
    }

    private void requireNotStarted(Instant now, String change) {
        if (!now.isBefore(start)) {
            throw new StateConflictException("format", "started at " + start, change, List.of(
                    "record attendance"));
        }
    }

    private static List<String> names(List<HelixGroup> groups) {
        return groups.stream().map(HelixGroup::name).toList();
    }

    public String getId() {
        return id;
    }

    public String getUnit() {
        return unit;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public FormatType getType() {
        return type;
    }

    public Instant getStart() {
        return start;
    }

    public Instant getEnd() {
        return end;
    }

    public String getPlace() {
        return place;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public int getCapacity() {
        return capacity;
    }

    public Instant getRegistrationDeadline() {
        return registrationDeadline;
    }

    public List<String> getIdeaIds() {
        return List.copyOf(ideaIds);
    }

    public List<String> getMeasureIds() {
        return List.copyOf(measureIds);
    }

    public List<HelixGroup> getHelixGroups() {
        return List.copyOf(helixGroups);
    }

    public FormatStatus getStatus() {
        return status;
    }

    public String getCancellationReason() {
        return cancellationReason;
    }

    public Instant getScheduledAt() {
        return scheduledAt;
    }

    public int getSeatsTaken() {
        return seatsTaken;
    }

    public List<String> getSeatHolders() {
        return List.copyOf(seatHolders);
    }

    public List<String> getWaitingList() {
        return List.copyOf(waitingList);
    }

    public List<String> getPendingPromotions() {
        return List.copyOf(pendingPromotions);
    }

    public List<HistoryEntry> getHistory() {
        return List.copyOf(history);
    }

    public long getVersion() {
        return version;
    }

    /** A new format and its event. */
    public record Scheduled(DialogFormat format, FormatScheduled event) {
    }

    /** A changed format's event and whom more capacity promoted from the waiting list. */
    public record Changed(List<String> promoted, FormatChanged event) {
    }
}
