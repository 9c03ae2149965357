package berlin.gemeinsam.participation.participants.domain;

import berlin.gemeinsam.events.participation.ContributionRecorded;
import berlin.gemeinsam.participation.supports.domain.HelixGroup;

import java.time.Instant;
import java.util.Objects;

/**
 * The random reference that stands for a person in the unit's participation reports, in place of the token's subject,
 * with the helix group the person last declared here. The unit keeps the mapping from the person to it; once it forgets
 * it (the person's erasure), the reports' counts still hold, but nobody can tell whose contributions they were.
 *
 * @param unit          the unit whose reference it is
 * @param reference     a random UUID
 * @param declaredGroup the group of the person's latest support, registration or feedback here; null before any
 */
public record ParticipantReference(String unit, String reference, HelixGroup declaredGroup) {

    public ParticipantReference {
        Objects.requireNonNull(unit, "a reference belongs to a unit");
        Objects.requireNonNull(reference, "a reference is a random id");
    }

    /**
     * What the reports count of a contribution of this person, as it stands after a change of it. A contribution made
     * without a helix group of its own (a comment) counts for the group the person declared last, if any.
     *
     * @param counts whether it counts now (false: withdrawn, hidden, not attended)
     */
    public ContributionRecorded contributed(Contribution contribution, String contributionId, String targetType,
                                            String targetId, HelixGroup helixGroup, boolean counts,
                                            Instant contributedAt) {
        HelixGroup group = helixGroup != null ? helixGroup : declaredGroup;
        return new ContributionRecorded(contributionId, contribution.name(), targetType, targetId, unit, reference,
                group == null ? null : group.name(), counts, contributedAt);
    }
}
