package berlin.gemeinsam.ideas.idea.domain;

/**
 * Who changed an idea: a citizen by their pseudonymous participant id, staff by their role and unit (not by name), a
 * measure by the unit that proposed it.
 */
public record Actor(String participantId, String role, String unit) {

    public static Actor participant(String participantId) {
        return new Actor(participantId, null, null);
    }

    public static Actor staff(String role, String unit) {
        return new Actor(null, role, unit);
    }

    /** A measure of {@code unit} took the idea up. */
    public static Actor measureOf(String unit) {
        return new Actor(null, "MEASURE", unit);
    }
}
