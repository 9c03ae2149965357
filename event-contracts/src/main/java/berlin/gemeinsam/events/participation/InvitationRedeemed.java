package berlin.gemeinsam.events.participation;

import berlin.gemeinsam.events.EventStream;
import berlin.gemeinsam.events.EventType;

import java.time.Instant;

/**
 * A contribution arrived through a multiplier's invitation code: a support of an idea, a comment on an idea, or a
 * registration for a dialog format. Written in the same store write as the contribution, once per contribution, so a
 * multiplier's reach can be counted from the stream alone (the central office's reports). It names the multiplier and
 * the contribution, never the person: {@code contributionId} is the id that the contribution's own event carries
 * ({@code supportId}, {@code commentId}, {@code registrationId}).
 */
@EventType(value = "berlin.gemeinsam.invitation.redeemed.v1", stream = EventStream.PARTICIPATION)
public record InvitationRedeemed(
        String invitationCode,
        String multiplierId,
        String targetType,
        String targetId,
        String unit,
        String contribution,
        String contributionId,
        String helixGroup,
        Instant redeemedAt) {
}
