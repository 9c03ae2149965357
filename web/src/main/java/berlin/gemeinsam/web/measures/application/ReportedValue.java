package berlin.gemeinsam.web.measures.application;

/** A value reported for an indicator, as typed: the number, the date it was measured, its source and a note. */
public record ReportedValue(String value, String date, String source, String note) {
}
