package berlin.gemeinsam.web.cockpit.client;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import berlin.gemeinsam.web.cockpit.application.HelixBalance;
import berlin.gemeinsam.web.cockpit.application.HelixReport;
import berlin.gemeinsam.web.services.client.ServiceClients;

/** Central participation-service's report of all units together ({@code /api/v1/reports/units}, the central office). */
@Component
class HttpHelixBalance implements HelixBalance {

    private final RestClient participation;

    HttpHelixBalance(ServiceClients clients) {
        this.participation = clients.participation();
    }

    @Override
    public HelixReport acrossAllUnits() {
        Report report = participation.get().uri("/api/v1/reports/units?format=json").retrieve().body(Report.class);
        return new HelixReport(report.totals().participants(), report.unassigned().participants(),
                report.minimumShare(), report.helixGroups().stream()
                .map(group -> new HelixReport.GroupShare(group.helixGroup(), group.participants(), group.share()))
                .toList(), report.missingGroups(), report.underrepresentedGroups());
    }

    /** The part of the report the cockpit shows. */
    record Report(BigDecimal minimumShare, Counts totals, List<Group> helixGroups, Counts unassigned,
                  List<String> missingGroups, List<String> underrepresentedGroups) {
    }

    record Counts(long participants) {
    }

    record Group(String helixGroup, long participants, BigDecimal share) {
    }
}
