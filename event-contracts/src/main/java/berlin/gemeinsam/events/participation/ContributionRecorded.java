package berlin.gemeinsam.events.participation;

import berlin.gemeinsam.events.EventStream;
import berlin.gemeinsam.events.EventType;

import java.time.Instant;

/**
 * What the participation reports count of one contribution, written with each change of it in the same store write:
 * a support given, given again, withdrawn or carried over to a merge's survivor, a comment posted or hidden, an
 * attendance recorded, a consultation's feedback given or changed. The newest {@code ce_sequence} of a contribution is
 * how it stands.
 *
 * <p>It names the person only by {@code participant}, a random reference of the unit that stands for them in reports
 * alone (not the token's subject): the unit forgets it when the person is erased, and the reports' counts then stand
 * for nobody anybody can name.
 *
 * @param contribution {@code SUPPORT}, {@code COMMENT}, {@code ATTENDANCE} or {@code FEEDBACK}
 * @param targetType   {@code IDEA}, {@code MEASURE} or {@code FORMAT}
 * @param helixGroup   the group the person contributed for; for a comment the group the person last declared in the
 *                     unit, absent when they never did
 * @param counts       whether it counts now: a withdrawn support, a hidden comment, a no-show does not
 * @param contributedAt when it was made (a support given again: when it was given last)
 */
@EventType(value = "berlin.gemeinsam.contribution.recorded.v1", stream = EventStream.PARTICIPATION)
public record ContributionRecorded(
        String contributionId,
        String contribution,
        String targetType,
        String targetId,
        String unit,
        String participant,
        String helixGroup,
        boolean counts,
        Instant contributedAt) {
}
