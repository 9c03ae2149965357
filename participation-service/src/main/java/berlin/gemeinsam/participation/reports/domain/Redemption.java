package berlin.gemeinsam.participation.reports.domain;

import berlin.gemeinsam.participation.supports.domain.HelixGroup;

import java.time.Instant;

/** A contribution that arrived through a multiplier's invitation code, as {@code invitation.redeemed.v1} tells it. */
public record Redemption(String contributionId, String multiplierId, String unit, String targetType,
                         String targetId, HelixGroup helixGroup, Instant redeemedAt) {
}
