package berlin.gemeinsam.participation.reports;

import berlin.gemeinsam.participation.participants.domain.Contribution;
import berlin.gemeinsam.participation.reports.domain.CountedContribution;
import berlin.gemeinsam.participation.reports.domain.ParticipationReport;
import berlin.gemeinsam.participation.reports.domain.ParticipationReport.Counts;
import berlin.gemeinsam.participation.reports.domain.ParticipationReport.GroupCounts;
import berlin.gemeinsam.participation.reports.domain.ParticipationReport.MultiplierReach;
import berlin.gemeinsam.participation.reports.domain.Period;
import berlin.gemeinsam.participation.reports.domain.Redemption;
import berlin.gemeinsam.participation.supports.domain.HelixGroup;
import berlin.gemeinsam.platform.errors.InvalidFieldException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static berlin.gemeinsam.participation.supports.domain.HelixGroup.BUSINESS;
import static berlin.gemeinsam.participation.supports.domain.HelixGroup.CIVIL_SOCIETY;
import static berlin.gemeinsam.participation.supports.domain.HelixGroup.PUBLIC;
import static berlin.gemeinsam.participation.supports.domain.HelixGroup.SCIENCE;
import static berlin.gemeinsam.participation.supports.domain.HelixGroup.STATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The report's arithmetic, without Spring: a worked example with known numbers. */
class ParticipationReportTest {

    private static final Instant MORNING = Instant.parse("2026-11-20T08:00:00Z");
    private static final BigDecimal TEN_PERCENT = BigDecimal.TEN;

    private final List<CountedContribution> contributions = new ArrayList<>();
    private int minutes;

    private String contribute(String participant, Contribution kind, HelixGroup group, boolean counts) {
        String id = "c-" + contributions.size();
        contributions.add(new CountedContribution(id, "mitte", kind, "IDEA", "idea-1", participant, group, counts,
                MORNING.plusSeconds(60L * minutes++), "0000000000000000000.0001"));
        return id;
    }

    private static Redemption redeemed(String multiplier, String contributionId, HelixGroup group) {
        return new Redemption(contributionId, multiplier, "mitte", "IDEA", "idea-1", group, MORNING);
    }

    private static GroupCounts group(ParticipationReport report, HelixGroup group) {
        return report.groups().stream().filter(counts -> counts.helixGroup() == group).findFirst().orElseThrow();
    }

    @Test
    void countsEachPersonOnceInTheGroupOfTheirLatestContributionAndFlagsMissingAndSmallGroups() {
        String supportP1 = contribute("p1", Contribution.SUPPORT, PUBLIC, true);
        String supportP2 = contribute("p2", Contribution.SUPPORT, PUBLIC, true);
        String supportP3 = contribute("p3", Contribution.SUPPORT, CIVIL_SOCIETY, true);
        contribute("p4", Contribution.SUPPORT, SCIENCE, true);
        contribute("p4", Contribution.COMMENT, SCIENCE, true);
        contribute("p1", Contribution.COMMENT, PUBLIC, true);
        contribute("p5", Contribution.COMMENT, null, true);
        String withdrawn = contribute("p6", Contribution.SUPPORT, PUBLIC, false);
        // p7 answered the consultation for business, then supported for the state: the latest group is theirs
        contribute("p7", Contribution.FEEDBACK, BUSINESS, true);
        contribute("p7", Contribution.SUPPORT, STATE, true);
        for (int i = 8; i <= 14; i++) {
            contribute("p" + i, Contribution.SUPPORT, PUBLIC, true);
        }
        List<Redemption> redemptions = List.of(redeemed("m-a", supportP1, PUBLIC), redeemed("m-a", supportP2, PUBLIC),
                redeemed("m-a", withdrawn, PUBLIC), redeemed("m-a", supportP1, PUBLIC),
                redeemed("m-b", supportP3, CIVIL_SOCIETY));

        ParticipationReport report = ParticipationReport.of(contributions, redemptions, TEN_PERCENT);

        assertThat(report.totals()).isEqualTo(new Counts(13, 12, 3, 1, 0));
        assertThat(report.unassigned()).isEqualTo(new Counts(1, 0, 1, 0, 0));
        assertThat(group(report, PUBLIC).counts()).isEqualTo(new Counts(9, 9, 1, 0, 0));
        assertThat(group(report, PUBLIC).share()).isEqualByComparingTo("75.0");
        assertThat(group(report, STATE).counts()).isEqualTo(new Counts(1, 1, 0, 0, 0));
        assertThat(group(report, STATE).share()).isEqualByComparingTo("8.3");
        assertThat(group(report, SCIENCE).counts()).isEqualTo(new Counts(1, 1, 1, 0, 0));
        assertThat(group(report, CIVIL_SOCIETY).counts()).isEqualTo(new Counts(1, 1, 0, 0, 0));
        assertThat(group(report, BUSINESS).counts()).isEqualTo(new Counts(0, 0, 0, 1, 0));
        assertThat(group(report, BUSINESS).share()).isEqualByComparingTo("0.0");
        assertThat(report.groups()).extracting(GroupCounts::helixGroup).containsExactly(HelixGroup.values());
        assertThat(report.missingGroups()).containsExactly(BUSINESS);
        assertThat(report.underrepresentedGroups()).containsExactly(STATE, SCIENCE, CIVIL_SOCIETY);
        assertThat(report.multipliers()).containsExactly(
                new MultiplierReach("m-a", 3, 2, Map.of(STATE, 0L, BUSINESS, 0L, SCIENCE, 0L, CIVIL_SOCIETY, 0L,
                        PUBLIC, 3L)),
                new MultiplierReach("m-b", 1, 1, Map.of(STATE, 0L, BUSINESS, 0L, SCIENCE, 0L, CIVIL_SOCIETY, 1L,
                        PUBLIC, 0L)));
    }

    @Test
    void aShareExactlyAtTheMinimumIsNotUnderrepresented() {
        contribute("s", Contribution.SUPPORT, SCIENCE, true);
        for (int i = 0; i < 9; i++) {
            contribute("p" + i, Contribution.SUPPORT, PUBLIC, true);
        }

        ParticipationReport report = ParticipationReport.of(contributions, List.of(), TEN_PERCENT);

        assertThat(group(report, SCIENCE).share()).isEqualByComparingTo("10.0");
        assertThat(report.underrepresentedGroups()).isEmpty();
        assertThat(report.missingGroups()).containsExactly(STATE, BUSINESS, CIVIL_SOCIETY);
    }

    @Test
    void nobodyMeansEveryGroupIsMissingWithNoShare() {
        ParticipationReport report = ParticipationReport.of(List.of(), List.of(), TEN_PERCENT);

        assertThat(report.totals()).isEqualTo(new Counts(0, 0, 0, 0, 0));
        assertThat(report.missingGroups()).containsExactly(HelixGroup.values());
        assertThat(report.groups()).allSatisfy(group -> assertThat(group.share()).isEqualByComparingTo("0"));
        assertThat(report.multipliers()).isEmpty();
    }

    @Test
    void aPeriodCountsWholeDaysInBerlinAndMustNotEndBeforeItBegins() {
        Period march = new Period(LocalDate.of(2026, 3, 29), LocalDate.of(2026, 3, 29));

        assertThat(march.contains(Instant.parse("2026-03-28T23:00:00Z"))).isTrue();
        assertThat(march.contains(Instant.parse("2026-03-28T22:59:59Z"))).isFalse();
        // the clocks went forward that day: it ends at 22:00 UTC
        assertThat(march.contains(Instant.parse("2026-03-29T21:59:59Z"))).isTrue();
        assertThat(march.contains(Instant.parse("2026-03-29T22:00:00Z"))).isFalse();
        assertThat(new Period(null, null).contains(Instant.EPOCH)).isTrue();
        assertThatThrownBy(() -> new Period(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 1)))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        invalid -> assertThat(invalid.field()).isEqualTo("to"));
    }
}
