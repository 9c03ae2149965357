package berlin.gemeinsam.participation.reports.domain;

import java.util.Optional;

/**
 * What a report is about: one idea, measure or dialog format (its contributions in the units the instance reads), one
 * unit, or every unit.
 *
 * @param id the idea's, measure's or format's id; the unit's for {@link Kind#UNIT}; null for {@link Kind#ALL_UNITS}
 */
public record ReportScope(Kind kind, String id) {

    public enum Kind {
        IDEA,
        MEASURE,
        FORMAT,
        UNIT,
        ALL_UNITS;

        /** The contributions' target type this kind selects, empty for a unit or all units. */
        public Optional<String> targetType() {
            return this == UNIT || this == ALL_UNITS ? Optional.empty() : Optional.of(name());
        }
    }

    public static ReportScope allUnits() {
        return new ReportScope(Kind.ALL_UNITS, null);
    }
}
