package berlin.gemeinsam.platform.units;

/**
 * The unit this service instance is started for, and the service's name. Every record the instance writes
 * and every event it publishes belongs to this unit.
 */
public record OwningUnit(Unit unit, String service) {

    public String id() {
        return unit.id();
    }

    /** CloudEvents {@code source} of everything this instance publishes, e.g. {@code /units/mitte/ideas-service}. */
    public String eventSource() {
        return "/units/" + unit.id() + "/" + service;
    }
}
