package berlin.gemeinsam.ideas.idea.domain;

/**
 * Who changed an idea: a citizen by their pseudonymous participant id, staff by their role and unit (not by name), a
 * measure by the unit that proposed it, the service itself (role {@code SYSTEM}) by its unit.
 */
public record Actor(String participantId, String role, String unit) {

    public static Actor participant(String participantId) {
        return new Actor(participantId, null, null);
    }

    public static Actor staff(String role, String unit) {
        return new Actor(null, role, unit);
    }

    /** The instance of {@code unit} by a rule of its own (a threshold of supports, a time without activity). */
    public static Actor system(String unit) {
        return new Actor(null, "SYSTEM", unit);
    }

    /** A measure of {@code unit} took the idea up. */
    public static Actor measureOf(String unit) {
        return new Actor(null, "MEASURE", unit);
    }
}
