package berlin.gemeinsam.participation.reports.web;

import berlin.gemeinsam.participation.reports.domain.ParticipationReport;
import berlin.gemeinsam.participation.reports.domain.ParticipationReport.Counts;
import berlin.gemeinsam.participation.reports.domain.ParticipationReport.GroupCounts;

import java.util.List;

/**
 * A participation report as CSV (RFC 4180, UTF-8, CRLF, a header row): a record per helix group, then
 * {@code UNASSIGNED} (participants who declared no group) and {@code TOTAL}. Every field is a name or a number, none
 * needs quoting. The multipliers' reach is in the JSON only: it is a table of its own.
 */
final class ReportCsv {

    static final String MEDIA_TYPE = "text/csv;charset=UTF-8;header=present";
    static final String DESCRIPTION = "helixGroup,participants,share,supports,comments,feedback,attendance,status: "
            + "a record per helix group (status MISSING, UNDERREPRESENTED or empty), then UNASSIGNED and TOTAL.";
    static final List<String> COLUMNS = List.of("helixGroup", "participants", "share", "supports", "comments",
            "feedback", "attendance", "status");
    private static final String LINE_END = "\r\n";

    private ReportCsv() {
    }

    static String of(ParticipationReport report) {
        StringBuilder csv = new StringBuilder(String.join(",", COLUMNS)).append(LINE_END);
        for (GroupCounts group : report.groups()) {
            String status = report.missingGroups().contains(group.helixGroup()) ? "MISSING"
                    : report.underrepresentedGroups().contains(group.helixGroup()) ? "UNDERREPRESENTED" : "";
            record(csv, group.helixGroup().name(), group.counts(), group.share().toPlainString(), status);
        }
        record(csv, "UNASSIGNED", report.unassigned(), "", "");
        record(csv, "TOTAL", report.totals(), "", "");
        return csv.toString();
    }

    private static void record(StringBuilder csv, String name, Counts counts, String share, String status) {
        csv.append(String.join(",", name, String.valueOf(counts.participants()), share,
                String.valueOf(counts.supports()), String.valueOf(counts.comments()),
                String.valueOf(counts.feedback()), String.valueOf(counts.attendance()), status)).append(LINE_END);
    }
}
