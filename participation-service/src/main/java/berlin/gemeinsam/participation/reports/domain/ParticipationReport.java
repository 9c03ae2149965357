package berlin.gemeinsam.participation.reports.domain;

import berlin.gemeinsam.participation.participants.domain.Contribution;
import berlin.gemeinsam.participation.supports.domain.HelixGroup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who took part, per helix group, in a scope and period, and whom each multiplier reached.
 *
 * <p>A participant is a distinct person (their unit's reference). Each counts once, in the helix group of their latest
 * counted contribution that names one (by time, then id), or as {@code unassigned} when none does; the groups' shares
 * are of the assigned participants, in percent to one decimal. A group without participants is missing; one with
 * participants but a share below the minimum is underrepresented (compared before rounding). Supports, comments,
 * feedback and attendance are counted per the group each contribution names.
 *
 * @param groups every helix group, in the order of {@link HelixGroup}
 */
public record ParticipationReport(Counts totals, List<GroupCounts> groups, Counts unassigned,
                                  BigDecimal minimumShare, List<HelixGroup> missingGroups,
                                  List<HelixGroup> underrepresentedGroups, List<MultiplierReach> multipliers) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Participants and contributions of one kind each. */
    public record Counts(long participants, long supports, long comments, long feedback, long attendance) {
    }

    /** A helix group's counts and its share of the assigned participants (percent, one decimal). */
    public record GroupCounts(HelixGroup helixGroup, Counts counts, BigDecimal share) {
    }

    /**
     * A multiplier's reach: the contributions that arrived through their invitation codes, per the helix group the
     * invitation named, and the distinct persons behind those of them that still count.
     */
    public record MultiplierReach(String multiplierId, long contributions, long participants,
                                  Map<HelixGroup, Long> byHelixGroup) {
    }

    /**
     * The report of the contributions and redemptions of one scope and period.
     *
     * @param contributions the scope's contributions made in the period (those that no longer count are left out)
     * @param redemptions   the scope's redemptions in the period
     * @param minimumShare  the share in percent below which a group with participants is underrepresented
     */
    public static ParticipationReport of(List<CountedContribution> contributions, List<Redemption> redemptions,
                                         BigDecimal minimumShare) {
        List<CountedContribution> counted = contributions.stream().filter(CountedContribution::counts)
                .sorted(Comparator.comparing(CountedContribution::contributedAt).thenComparing(CountedContribution::id))
                .toList();
        Map<String, HelixGroup> groupOf = new HashMap<>();
        Set<String> everybody = new HashSet<>();
        for (CountedContribution contribution : counted) {
            everybody.add(contribution.participant());
            if (contribution.helixGroup() != null) {
                groupOf.put(contribution.participant(), contribution.helixGroup());
            }
        }
        Map<HelixGroup, Long> participantsPerGroup = new EnumMap<>(HelixGroup.class);
        groupOf.values().forEach(group -> participantsPerGroup.merge(group, 1L, Long::sum));
        long assigned = groupOf.size();

        List<GroupCounts> groups = new ArrayList<>();
        List<HelixGroup> missing = new ArrayList<>();
        List<HelixGroup> underrepresented = new ArrayList<>();
        for (HelixGroup group : HelixGroup.values()) {
            long participants = participantsPerGroup.getOrDefault(group, 0L);
            List<CountedContribution> ofGroup = counted.stream().filter(c -> c.helixGroup() == group).toList();
            groups.add(new GroupCounts(group, counts(participants, ofGroup), share(participants, assigned)));
            if (participants == 0) {
                missing.add(group);
            } else if (BigDecimal.valueOf(participants).multiply(HUNDRED)
                    .compareTo(minimumShare.multiply(BigDecimal.valueOf(assigned))) < 0) {
                underrepresented.add(group);
            }
        }
        List<CountedContribution> withoutGroup = counted.stream().filter(c -> c.helixGroup() == null).toList();
        return new ParticipationReport(counts(everybody.size(), counted), groups,
                counts(everybody.size() - assigned, withoutGroup), minimumShare, missing, underrepresented,
                reach(redemptions, counted));
    }

    private static Counts counts(long participants, List<CountedContribution> contributions) {
        Map<Contribution, Long> perKind = new EnumMap<>(Contribution.class);
        contributions.forEach(c -> perKind.merge(c.contribution(), 1L, Long::sum));
        return new Counts(participants, perKind.getOrDefault(Contribution.SUPPORT, 0L),
                perKind.getOrDefault(Contribution.COMMENT, 0L), perKind.getOrDefault(Contribution.FEEDBACK, 0L),
                perKind.getOrDefault(Contribution.ATTENDANCE, 0L));
    }

    private static BigDecimal share(long participants, long assigned) {
        if (assigned == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(participants).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(assigned), 1, RoundingMode.HALF_UP);
    }

    /** The multipliers by id, each redemption once by its contribution. */
    private static List<MultiplierReach> reach(List<Redemption> redemptions, List<CountedContribution> counted) {
        Map<String, String> participantOf = new HashMap<>();
        counted.forEach(c -> participantOf.put(c.id(), c.participant()));
        Map<String, Map<String, Redemption>> byMultiplier = new TreeMap<>();
        redemptions.forEach(r -> byMultiplier.computeIfAbsent(r.multiplierId(), id -> new LinkedHashMap<>())
                .putIfAbsent(r.contributionId(), r));
        List<MultiplierReach> reach = new ArrayList<>();
        byMultiplier.forEach((multiplierId, redeemed) -> {
            Map<HelixGroup, Long> byGroup = new EnumMap<>(HelixGroup.class);
            for (HelixGroup group : HelixGroup.values()) {
                byGroup.put(group, 0L);
            }
            redeemed.values().stream().filter(r -> r.helixGroup() != null)
                    .forEach(r -> byGroup.merge(r.helixGroup(), 1L, Long::sum));
            long participants = redeemed.keySet().stream().map(participantOf::get).filter(Objects::nonNull)
                    .distinct().count();
            reach.add(new MultiplierReach(multiplierId, redeemed.size(), participants, byGroup));
        });
        return reach;
    }
}
