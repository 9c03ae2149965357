package berlin.gemeinsam.measures.measure.domain;

/** Who changed a measure: staff by their role and unit (not by name). */
public record Actor(String role, String unit) {

    public static Actor unitAdmin(String unit) {
        return new Actor("UNIT_ADMIN", unit);
    }
}
