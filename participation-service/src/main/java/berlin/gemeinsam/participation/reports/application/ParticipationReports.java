package berlin.gemeinsam.participation.reports.application;

import berlin.gemeinsam.events.participation.ContributionRecorded;
import berlin.gemeinsam.events.participation.InvitationRedeemed;
import berlin.gemeinsam.participation.participants.domain.Contribution;
import berlin.gemeinsam.participation.reports.domain.CountedContribution;
import berlin.gemeinsam.participation.reports.domain.ParticipationReport;
import berlin.gemeinsam.participation.reports.domain.Period;
import berlin.gemeinsam.participation.reports.domain.Redemption;
import berlin.gemeinsam.participation.reports.domain.ReportScope;
import berlin.gemeinsam.participation.supports.domain.HelixGroup;
import berlin.gemeinsam.platform.errors.NotFoundException;
import berlin.gemeinsam.platform.security.Access;
import berlin.gemeinsam.platform.security.Caller;
import berlin.gemeinsam.platform.units.OwningUnit;
import berlin.gemeinsam.platform.units.UnitRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;

/**
 * The participation reports, built from the participation streams' events alone: a unit's instance reads its own
 * unit's stream, the central instance every unit's, and both answer from what they read in the same way. A unit's staff
 * (moderators, unit admins) and the central office read them.
 */
@Service
public class ParticipationReports {

    public static final String CENTRAL_UNIT = "central";

    private final ReportEntries entries;
    private final Access access;
    private final OwningUnit owner;
    private final UnitRegistry units;
    private final BigDecimal minimumShare;

    public ParticipationReports(ReportEntries entries, Access access, OwningUnit owner, UnitRegistry units,
                         @Value("${gemeinsam.participation.reports.minimum-share:10}") BigDecimal minimumShare) {
        this.entries = entries;
        this.access = access;
        this.owner = owner;
        this.units = units;
        this.minimumShare = minimumShare;
    }

    /**
     * Keeps what a contribution's newest event says of it; one without a sequence (none is written so) comes before
     * every other.
     */
    public void recorded(ContributionRecorded event, String sequence) {
        entries.keepIfNewer(new CountedContribution(event.contributionId(), event.unit(),
                Contribution.valueOf(event.contribution()), event.targetType(), event.targetId(), event.participant(),
                event.helixGroup() == null ? null : HelixGroup.valueOf(event.helixGroup()), event.counts(),
                event.contributedAt(), sequence == null ? "" : sequence));
    }

    public void redeemed(InvitationRedeemed event) {
        entries.keep(new Redemption(event.contributionId(), event.multiplierId(), event.unit(), event.targetType(),
                event.targetId(), HelixGroup.valueOf(event.helixGroup()), event.redeemedAt()));
    }

    /**
     * The report of the scope over the period. A unit's instance reports its own unit (another unit, or all of them,
     * is not there: 404) to its staff and the central office; the central instance reports any unit to its staff
     * and the central office, and ideas, measures, formats and all units to the central office (and its own staff).
     */
    public ParticipationReport report(ReportScope scope, Period period) {
        caller();
        if (scope.kind() == ReportScope.Kind.UNIT) {
            requireKnown(scope.id());
            requireReader(scope.id());
        } else if (isCentral()) {
            requireReader(CENTRAL_UNIT);
        } else if (scope.kind() == ReportScope.Kind.ALL_UNITS) {
            throw new NotFoundException("report", "units");
        } else {
            requireReader(owner.id());
        }
        return ParticipationReport.of(entries.counted(scope, period), entries.redeemed(scope, period),
                minimumShare);
    }

    private void requireKnown(String unit) {
        boolean here = isCentral() ? units.find(unit).isPresent() : owner.id().equals(unit);
        if (!here) {
            throw new NotFoundException("unit", unit);
        }
    }

    private void requireReader(String unit) {
        if (!caller().mayReadInternalsOf(unit)) {
            throw new AccessDeniedException("only the staff of " + unit + " and the central office read its reports");
        }
    }

    private Caller caller() {
        return access.caller().orElseThrow(() -> new AccessDeniedException("authentication required"));
    }

    private boolean isCentral() {
        return CENTRAL_UNIT.equals(owner.id());
    }
}
