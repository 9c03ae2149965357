package berlin.gemeinsam.monitor.access.domain;

/**
 * Whose streams a caller of the monitor reads: the central office every unit's, a unit admin their own unit's.
 *
 * @param unit the one unit read, or {@code null} for every unit
 */
public record Readership(String unit) {

    public static Readership everyUnit() {
        return new Readership(null);
    }

    public static Readership unit(String unit) {
        return new Readership(unit);
    }

    public boolean reads(String someUnit) {
        return unit == null || unit.equals(someUnit);
    }
}
