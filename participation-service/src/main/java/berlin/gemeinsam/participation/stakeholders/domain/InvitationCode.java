package berlin.gemeinsam.participation.stakeholders.domain;

import berlin.gemeinsam.events.participation.InvitationRedeemed;
import berlin.gemeinsam.participation.supports.domain.HelixGroup;
import berlin.gemeinsam.platform.errors.InvalidFieldException;

import java.time.Instant;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A code a multiplier hands out to invite people to one idea or one dialog format of the unit. What arrives through
 * it (a support, a comment, a registration) is attributed to the multiplier: the contribution's own write carries
 * the {@link InvitationRedeemed} event. A code may expire and may be revoked; the code itself is its id.
 *
 * <p>Codes are read aloud and typed from paper, so their alphabet leaves out what is easily mistaken: no 0 and O, no 1
 * and I.
 */
public class InvitationCode {

    /** Upper-case letters and digits without 0, O, 1 and I. */
    public static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    /** Ten of 32 characters: 50 bits, too many to guess a code of somebody else. */
    public static final int LENGTH = 10;
    /** The shape of any code, also of one that a client types. */
    public static final String PATTERN = "^[A-Z0-9]{8,16}$";
    /** The name of the field that names a code in a request. */
    public static final String FIELD = "invitationCode";

    private final String id;
    private final String unit;
    private final String multiplierId;
    /** The multiplier's helix group when the code was made; a contribution without a group counts for it. */
    private final HelixGroup helixGroup;
    private final InvitationTarget targetType;
    private final String targetId;
    private final Instant createdAt;
    private final Instant expiresAt;
    private Instant revokedAt;
    private final long version;

    InvitationCode(String id, String unit, String multiplierId, HelixGroup helixGroup, InvitationTarget targetType,
                   String targetId, Instant createdAt, Instant expiresAt, long version) {
        this.id = id;
        this.unit = unit;
        this.multiplierId = multiplierId;
        this.helixGroup = helixGroup;
        this.targetType = targetType;
        this.targetId = targetId;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.version = version;
    }

    /** A fresh code of {@link #LENGTH} characters of {@link #ALPHABET}. */
    public static String generate(RandomGenerator random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /**
     * A new code of {@code multiplier} for the target, valid until {@code expiresAt} if that is given.
     *
     * @param helixGroup the helix group the multiplier reaches (an organisation's own for an organisation)
     * @throws InvalidFieldException naming {@code expiresAt} when it is not in the future
     */
    public static InvitationCode create(String code, Multiplier multiplier, HelixGroup helixGroup,
                                        InvitationTarget targetType, String targetId, Instant expiresAt,
                                        Instant now) {
        Objects.requireNonNull(code, "a code");
        if (!code.matches(PATTERN)) {
            throw new IllegalArgumentException("not an invitation code: " + code);
        }
        Objects.requireNonNull(helixGroup, "a code counts for a helix group");
        Objects.requireNonNull(targetType, "a code invites to an idea or a format");
        Objects.requireNonNull(targetId, "a code invites to one idea or format");
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new InvalidFieldException("expiresAt", "invitation.expiry-not-future");
        }
        return new InvitationCode(code, multiplier.getUnit(), multiplier.getId(), helixGroup, targetType, targetId,
                now, expiresAt, 0);
    }

    /**
     * Checks that a contribution to the target may arrive through this code now.
     *
     * @throws InvalidFieldException naming {@link #FIELD} when the code was revoked, has expired or is for another
     *                               target
     */
    public void requireValidFor(InvitationTarget type, String id, Instant now) {
        if (revokedAt != null) {
            throw new InvalidFieldException(FIELD, "invitation.revoked");
        }
        if (expiresAt != null && !now.isBefore(expiresAt)) {
            throw new InvalidFieldException(FIELD, "invitation.expired");
        }
        if (targetType != type || !targetId.equals(id)) {
            throw new InvalidFieldException(FIELD, "invitation.other-target");
        }
    }

    /**
     * The event attributing a contribution to the multiplier, for the contribution's own write. It counts for the
     * contribution's helix group, or the multiplier's where the contribution has none (a comment).
     */
    public InvitationRedeemed redeemed(InvitedContribution contribution, String contributionId,
                                       HelixGroup contributionGroup, Instant now) {
        Objects.requireNonNull(contribution, "what arrived");
        Objects.requireNonNull(contributionId, "the contribution's id");
        HelixGroup group = contributionGroup == null ? helixGroup : contributionGroup;
        return new InvitationRedeemed(id, multiplierId, targetType.name(), targetId, unit, contribution.name(),
                contributionId, group.name(), now);
    }

    /** Revokes the code: nothing arrives through it any more. Revoking again changes nothing. */
    public boolean revoke(Instant now) {
        if (revokedAt != null) {
            return false;
        }
        revokedAt = now;
        return true;
    }

    /** The state a client sees: {@code ACTIVE}, {@code EXPIRED} or {@code REVOKED}. */
    public String stateAt(Instant now) {
        if (revokedAt != null) {
            return "REVOKED";
        }
        return expiresAt != null && !now.isBefore(expiresAt) ? "EXPIRED" : "ACTIVE";
    }

    public String getId() {
        return id;
    }

    public String getUnit() {
        return unit;
    }

    public String getMultiplierId() {
        return multiplierId;
    }

    public HelixGroup getHelixGroup() {
        return helixGroup;
    }

    public InvitationTarget getTargetType() {
        return targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public long getVersion() {
        return version;
    }
}
