package berlin.gemeinsam.participation.privacy.domain;

import berlin.gemeinsam.events.participation.ParticipantErased;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A participant's request to erase what this unit holds about them (GDPR Art. 17). The record itself keeps no
 * participant id: its id follows from the unit and the participant, so that a repeated request finds it and
 * finishes what a crash interrupted, and nothing else about the person.
 *
 * <p>While a round of erasure runs, the record keeps its tombstone: the random stand-in that replaces the person in
 * supports, registrations and comments, so that the anonymous counts and the uniqueness of those records hold and
 * the records of one round still tell apart one person from another. Completing the round forgets the tombstone,
 * so that nobody can link the tombstone back to the person through this record.
 */
public class ParticipantErasure {

    private static final String TOMBSTONE_PREFIX = "erased-";

    private final String id;
    private final String unit;
    /** The stand-in of the round that runs; empty once it completed. */
    private String tombstone;
    private Instant requestedAt;
    private Instant completedAt;
    private final long version;

    ParticipantErasure(String id, String unit, String tombstone, Instant requestedAt, Instant completedAt,
                       long version) {
        this.id = id;
        this.unit = unit;
        this.tombstone = tombstone;
        this.requestedAt = requestedAt;
        this.completedAt = completedAt;
        this.version = version;
    }

    /** The first request: the erasure and the event telling the other services to erase the same person. */
    public static Requested request(String unit, String participantId, Instant now) {
        Objects.requireNonNull(participantId, "an erasure needs its participant");
        ParticipantErasure erasure = new ParticipantErasure(idOf(unit, participantId), unit, newTombstone(), now,
                null, 0);
        return new Requested(erasure, new ParticipantErased(participantId, unit, now));
    }

    /**
     * The participant asks again. While the round runs (a crash interrupted it), it goes on with its tombstone and
     * nothing is announced again. After it completed, a new round erases whatever was held about them since, with a
     * new tombstone, and is announced again, so that the other services erase what they hold since as well.
     */
    public Optional<ParticipantErased> requestAgain(String participantId, Instant now) {
        if (!idOf(unit, participantId).equals(id)) {
            throw new IllegalArgumentException("the erasure is another participant's");
        }
        if (isRunning()) {
            return Optional.empty();
        }
        tombstone = newTombstone();
        requestedAt = now;
        completedAt = null;
        return Optional.of(new ParticipantErased(participantId, unit, now));
    }

    /** Every holder erased the person: the tombstone is forgotten; completing again changes nothing. */
    public boolean complete(Instant now) {
        if (!isRunning()) {
            return false;
        }
        tombstone = null;
        completedAt = now;
        return true;
    }

    public boolean isRunning() {
        return completedAt == null;
    }

    public static String idOf(String unit, String participantId) {
        return UUID.nameUUIDFromBytes((unit + "/erasure/" + participantId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private static String newTombstone() {
        return TOMBSTONE_PREFIX + UUID.randomUUID();
    }

    public String getId() {
        return id;
    }

    public String getUnit() {
        return unit;
    }

    public String getTombstone() {
        return tombstone;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public long getVersion() {
        return version;
    }

    /** A new erasure and the event announcing it. */
    public record Requested(ParticipantErasure erasure, ParticipantErased event) {
    }
}
