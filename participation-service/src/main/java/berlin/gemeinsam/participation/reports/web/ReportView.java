package berlin.gemeinsam.participation.reports.web;

import berlin.gemeinsam.participation.reports.domain.ParticipationReport;
import berlin.gemeinsam.participation.reports.domain.ParticipationReport.Counts;
import berlin.gemeinsam.participation.reports.domain.ParticipationReport.MultiplierReach;
import berlin.gemeinsam.participation.reports.domain.Period;
import berlin.gemeinsam.participation.reports.domain.ReportScope;
import berlin.gemeinsam.participation.supports.domain.HelixGroup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A participation report as JSON: what it is about, the period, the totals, each helix group's counts and share, the
 * participants without a declared group, the missing and underrepresented groups and each multiplier's reach.
 */
record ReportView(Scope scope, LocalDate from, LocalDate to, BigDecimal minimumShare, Counts totals,
                  List<Group> helixGroups, Counts unassigned, List<HelixGroup> missingGroups,
                  List<HelixGroup> underrepresentedGroups, List<MultiplierReach> multipliers) {

    /** {@code type} IDEA, MEASURE, FORMAT, UNIT or ALL_UNITS; {@code id} null for all units. */
    record Scope(ReportScope.Kind type, String id) {
    }

    /** A helix group's participants (each person once), contributions and share of the assigned participants. */
    record Group(HelixGroup helixGroup, long participants, BigDecimal share, long supports, long comments,
                 long feedback, long attendance) {
    }

    static ReportView of(ReportScope scope, Period period, ParticipationReport report) {
        List<Group> groups = report.groups().stream().map(group -> new Group(group.helixGroup(),
                group.counts().participants(), group.share(), group.counts().supports(), group.counts().comments(),
                group.counts().feedback(), group.counts().attendance())).toList();
        return new ReportView(new Scope(scope.kind(), scope.id()), period.from(), period.to(), report.minimumShare(),
                report.totals(), groups, report.unassigned(), report.missingGroups(),
                report.underrepresentedGroups(), report.multipliers());
    }
}
