package berlin.gemeinsam.participation.reports;

import berlin.gemeinsam.events.participation.ContributionRecorded;
import berlin.gemeinsam.events.participation.InvitationRedeemed;
import berlin.gemeinsam.participation.reports.application.ParticipationReports;
import berlin.gemeinsam.participation.reports.application.ReportEntries;
import berlin.gemeinsam.participation.reports.domain.CountedContribution;
import berlin.gemeinsam.participation.reports.domain.ParticipationReport;
import berlin.gemeinsam.participation.reports.domain.ParticipationReport.Counts;
import berlin.gemeinsam.participation.reports.domain.Period;
import berlin.gemeinsam.participation.reports.domain.Redemption;
import berlin.gemeinsam.participation.reports.domain.ReportScope;
import berlin.gemeinsam.platform.errors.NotFoundException;
import berlin.gemeinsam.platform.security.Access;
import berlin.gemeinsam.platform.security.Caller;
import berlin.gemeinsam.platform.security.Role;
import berlin.gemeinsam.platform.units.OwningUnit;
import berlin.gemeinsam.platform.units.UnitRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The reports of the central instance across two units and who may read what, on an in-memory store of entries (the
 * store's queries are tested by {@code ReportsIntegrationTest}).
 */
class ParticipationReportsTest {

    private static final UnitRegistry UNITS = UnitRegistry.standard();
    private static final Period ALWAYS = new Period(null, null);
    private static final Instant AT = Instant.parse("2026-11-20T08:00:00Z");

    private final InMemoryEntries entries = new InMemoryEntries();
    private Caller caller;

    private ParticipationReports instanceOf(String unit) {
        Access access = new Access() {
            @Override
            public Optional<Caller> caller() {
                return Optional.ofNullable(caller);
            }
        };
        return new ParticipationReports(entries, access,
                new OwningUnit(UNITS.find(unit).orElseThrow(), "participation-service"), UNITS, BigDecimal.TEN);
    }

    private static ContributionRecorded support(String unit, String id, String participant, String group,
                                                boolean counts) {
        return new ContributionRecorded(id, "SUPPORT", "IDEA", "idea-" + unit, unit, participant, group, counts, AT);
    }

    @Test
    void theCentralInstanceReportsEachUnitAndAllUnitsFromTheirEvents() {
        ParticipationReports central = instanceOf("central");
        central.recorded(support("lichtenberg", "s1", "r1", "PUBLIC", true), "0000000000000000000.0001");
        central.recorded(support("lichtenberg", "s2", "r2", "SCIENCE", true), "0000000000000000000.0001");
        central.recorded(support("spandau", "s3", "r3", "STATE", true), "0000000000000000000.0001");
        // withdrawn later; the older giving delivered after it changes nothing
        central.recorded(support("spandau", "s4", "r4", "STATE", false), "0000000000000000001.0001");
        central.recorded(support("spandau", "s4", "r4", "STATE", true), "0000000000000000000.0001");
        central.redeemed(new InvitationRedeemed("ABCDEFGH", "m-1", "IDEA", "idea-spandau", "spandau", "SUPPORT",
                "s3", "STATE", AT));
        caller = new Caller("office", Set.of(Role.CENTRAL_OFFICE), "central");

        ParticipationReport all = central.report(ReportScope.allUnits(), ALWAYS);
        ParticipationReport spandau = central.report(new ReportScope(ReportScope.Kind.UNIT, "spandau"), ALWAYS);

        assertThat(all.totals()).isEqualTo(new Counts(3, 3, 0, 0, 0));
        assertThat(spandau.totals()).isEqualTo(new Counts(1, 1, 0, 0, 0));
        assertThat(spandau.multipliers()).singleElement()
                .satisfies(reach -> assertThat(reach.participants()).isEqualTo(1));
        assertThat(central.report(new ReportScope(ReportScope.Kind.IDEA, "idea-lichtenberg"), ALWAYS).totals())
                .isEqualTo(new Counts(2, 2, 0, 0, 0));

        caller = new Caller("mod", Set.of(Role.MODERATOR), "spandau");
        assertThat(central.report(new ReportScope(ReportScope.Kind.UNIT, "spandau"), ALWAYS).totals().participants())
                .isEqualTo(1);
        assertThatThrownBy(() -> central.report(new ReportScope(ReportScope.Kind.UNIT, "lichtenberg"), ALWAYS))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> central.report(ReportScope.allUnits(), ALWAYS))
                .isInstanceOf(AccessDeniedException.class);
        caller = new Caller("office", Set.of(Role.CENTRAL_OFFICE), "central");
        assertThatThrownBy(() -> central.report(new ReportScope(ReportScope.Kind.UNIT, "atlantis"), ALWAYS))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aUnitsInstanceReportsOnlyItsOwnUnitToItsStaffAndTheCentralOffice() {
        ParticipationReports mitte = instanceOf("mitte");
        caller = new Caller("office", Set.of(Role.CENTRAL_OFFICE), "central");

        assertThat(mitte.report(new ReportScope(ReportScope.Kind.UNIT, "mitte"), ALWAYS).totals().participants())
                .isZero();
        assertThatThrownBy(() -> mitte.report(new ReportScope(ReportScope.Kind.UNIT, "pankow"), ALWAYS))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> mitte.report(ReportScope.allUnits(), ALWAYS)).isInstanceOf(NotFoundException.class);
        caller = new Caller("admin", Set.of(Role.UNIT_ADMIN), "mitte");
        assertThat(mitte.report(new ReportScope(ReportScope.Kind.IDEA, "idea-mitte"), ALWAYS)).isNotNull();
        caller = new Caller("anna", Set.of(Role.CITIZEN), null);
        assertThatThrownBy(() -> mitte.report(new ReportScope(ReportScope.Kind.IDEA, "idea-mitte"), ALWAYS))
                .isInstanceOf(AccessDeniedException.class);
        caller = null;
        assertThatThrownBy(() -> mitte.report(new ReportScope(ReportScope.Kind.UNIT, "mitte"), ALWAYS))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** Keeps the newest state per contribution by sequence, as the store does. */
    private static final class InMemoryEntries implements ReportEntries {

        private final Map<String, CountedContribution> contributions = new HashMap<>();
        private final Map<String, Redemption> redemptions = new HashMap<>();

        @Override
        public void keepIfNewer(CountedContribution contribution) {
            contributions.merge(contribution.id(), contribution,
                    (kept, newer) -> kept.sequence().compareTo(newer.sequence()) < 0 ? newer : kept);
        }

        @Override
        public void keep(Redemption redemption) {
            redemptions.putIfAbsent(redemption.contributionId(), redemption);
        }

        @Override
        public List<CountedContribution> counted(ReportScope scope, Period period) {
            return new ArrayList<>(contributions.values().stream().filter(CountedContribution::counts)
                    .filter(c -> in(scope, c.unit(), c.targetType(), c.targetId())).toList());
        }

        @Override
        public List<Redemption> redeemed(ReportScope scope, Period period) {
            return redemptions.values().stream().filter(r -> in(scope, r.unit(), r.targetType(), r.targetId()))
                    .toList();
        }

        private static boolean in(ReportScope scope, String unit, String targetType, String targetId) {
            Predicate<String> target = type -> type.equals(targetType) && scope.id().equals(targetId);
            return switch (scope.kind()) {
                case ALL_UNITS -> true;
                case UNIT -> scope.id().equals(unit);
                default -> target.test(scope.kind().name());
            };
        }
    }
}
