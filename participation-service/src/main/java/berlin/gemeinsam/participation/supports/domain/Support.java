package berlin.gemeinsam.participation.supports.domain;

import berlin.gemeinsam.events.participation.FollowRequested;
import berlin.gemeinsam.events.participation.SupportGiven;
import berlin.gemeinsam.events.participation.SupportWithdrawn;
import berlin.gemeinsam.platform.errors.DuplicateException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A participant's support for a published idea, on behalf of one helix group. A participant supports an idea
 * at most once: the support's id follows from the idea and the participant, so a second support by the same
 * participant has the id of the first and the store refuses it.
 *
 * <p>A withdrawn support stays with the time it was withdrawn, so that giving it again changes the same support:
 * its version, and with it the {@code ce_sequence} of its events, keeps growing, and the idea's owner tells the
 * new giving from a repeated delivery of the first.
 */
public class Support {

    private final String id;
    private final String ideaId;
    /** The unit owning the idea, which need not be the unit this support is given in. */
    private final String ideaUnit;
    /**
     * Pseudonymous; it never leaves this service, events name only the helix group. After the participant's erasure,
     * the tombstone that stands for them.
     */
    private String participantId;
    private HelixGroup helixGroup;
    private Instant givenAt;
    /** When the participant withdrew the support; empty while it stands. */
    private Instant withdrawnAt;
    /** Whether the participant was made a follower of the idea with this support: a support asks for it once. */
    private boolean followRequested;
    /** The invitation code the support arrived through; the first one counts, once. */
    private String invitationCode;
    private final long version;

    Support(String id, String ideaId, String ideaUnit, String participantId, HelixGroup helixGroup, Instant givenAt,
            long version) {
        this.id = id;
        this.ideaId = ideaId;
        this.ideaUnit = ideaUnit;
        this.participantId = participantId;
        this.helixGroup = helixGroup;
        this.givenAt = givenAt;
        this.version = version;
    }

    /**
     * Gives a support in the owning unit {@code unit}. The id also depends on the unit, because supports of
     * every unit reach the idea's owner and must not be mistaken for one another there.
     */
    public static Given give(String unit, String ideaId, String ideaUnit, String participantId,
                             HelixGroup helixGroup, Instant now) {
        Objects.requireNonNull(participantId, "a support needs its participant");
        Objects.requireNonNull(helixGroup, "a support is given on behalf of a helix group");
        Support support = new Support(idOf(unit, ideaId, participantId), ideaId, ideaUnit, participantId,
                helixGroup, now, 0);
        return new Given(support, new SupportGiven(support.id, ideaId, unit, helixGroup.name(), now));
    }

    /**
     * The same participant's support of the idea {@code survivingIdeaId} that this support's idea was merged into,
     * given in the same unit and for the same helix group at the time of the merge. Its id follows from the survivor
     * like any support's, so a participant who supports the survivor already has it, and a repeated merge makes
     * the same one again.
     */
    public Given carriedOverTo(String survivingIdeaId, String survivingIdeaUnit, String unit, Instant mergedAt) {
        return give(unit, survivingIdeaId, survivingIdeaUnit, participantId, helixGroup, mergedAt);
    }

    /**
     * Withdraws the support; one withdrawn already stays as it is and causes no event, so that withdrawing is
     * idempotent.
     */
    public Optional<SupportWithdrawn> withdraw(String unit, Instant now) {
        if (withdrawnAt != null) {
            return Optional.empty();
        }
        withdrawnAt = now;
        return Optional.of(new SupportWithdrawn(id, ideaId, unit, helixGroup.name(), now));
    }

    /**
     * Gives the withdrawn support again, perhaps for another helix group.
     *
     * @throws DuplicateException while the support stands: a participant supports an idea once
     */
    public SupportGiven giveAgain(String unit, HelixGroup group, Instant now) {
        Objects.requireNonNull(group, "a support is given on behalf of a helix group");
        if (withdrawnAt == null) {
            throw new DuplicateException("support", "the participant supports idea " + ideaId + " already");
        }
        withdrawnAt = null;
        helixGroup = group;
        givenAt = now;
        return new SupportGiven(id, ideaId, unit, group.name(), now);
    }

    /**
     * The participant follows the idea they support, the first time they give this support with following asked
     * for; giving it again after a withdrawal, or a merge carrying it over, asks for nothing more, so that somebody who
     * unfollowed meanwhile is not made to follow again.
     */
    public Optional<FollowRequested> requestFollow(String unit, Instant now) {
        if (followRequested) {
            return Optional.empty();
        }
        followRequested = true;
        return Optional.of(new FollowRequested(participantId, "IDEA", ideaId, unit, "SUPPORT", now));
    }

    /**
     * Attributes the support to the invitation code it arrived through, unless it arrived through one before (giving
     * it again after a withdrawal is the same support).
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

    /**
     * The participant was erased: the support stays, for the idea's anonymous count, given by the {@code tombstone}
     * that stands for them.
     */
    public void erase(String tombstone) {
        participantId = Objects.requireNonNull(tombstone, "an erased participant is replaced by a tombstone");
    }

    public boolean stands() {
        return withdrawnAt == null;
    }

    /** The id of the support a participant gives an idea in a unit, whether they gave it yet or not. */
    public static String idOf(String unit, String ideaId, String participantId) {
        return UUID.nameUUIDFromBytes((unit + "/support/" + ideaId + "/" + participantId)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    public String getId() {
        return id;
    }

    public String getIdeaId() {
        return ideaId;
    }

    public String getIdeaUnit() {
        return ideaUnit;
    }

    public String getParticipantId() {
        return participantId;
    }

    public HelixGroup getHelixGroup() {
        return helixGroup;
    }

    public Instant getGivenAt() {
        return givenAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public boolean isFollowRequested() {
        return followRequested;
    }

    public String getInvitationCode() {
        return invitationCode;
    }

    public long getVersion() {
        return version;
    }

    /** A new support and the event it causes. */
    public record Given(Support support, SupportGiven event) {
    }
}
