package berlin.gemeinsam.platform.units;

import java.util.Locale;
import java.util.Map;

/** An administration unit. Its id is part of every topic name and of every event it owns. */
public record Unit(String id, UnitKind kind, Map<String, String> name) {

    public Unit {
        name = Map.copyOf(name);
    }

    /** The unit's name in the given language, German where there is none. */
    public String nameIn(Locale locale) {
        return name.getOrDefault(locale.getLanguage(), name.get("de"));
    }
}
