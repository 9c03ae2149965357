package berlin.gemeinsam.participation.formats.domain;

/** Who changed a dialog format: staff by their role and unit (not by name). */
public record Actor(String role, String unit) {

    public static Actor unitAdmin(String unit) {
        return new Actor("UNIT_ADMIN", unit);
    }
}
