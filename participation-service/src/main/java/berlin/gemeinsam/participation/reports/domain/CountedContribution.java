package berlin.gemeinsam.participation.reports.domain;

import berlin.gemeinsam.participation.participants.domain.Contribution;
import berlin.gemeinsam.participation.supports.domain.HelixGroup;

import java.time.Instant;

/**
 * A contribution as the reports keep it: the newest state a {@code contribution.recorded.v1} told of it.
 *
 * @param participant the unit's random reference for the person
 * @param helixGroup  null when the person contributed without declaring one
 * @param counts      false once withdrawn, hidden or not attended
 * @param sequence    the {@code ce_sequence} of the event it was taken from
 */
public record CountedContribution(String id, String unit, Contribution contribution, String targetType,
                                  String targetId, String participant, HelixGroup helixGroup, boolean counts,
                                  Instant contributedAt, String sequence) {
}
