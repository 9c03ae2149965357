package berlin.gemeinsam.platform.units;

import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The administration units the suite knows. The list is data ({@code units.json}), so a new unit needs no
 * code change: add it there, start its instances, and consumers pick up its topics by pattern.
 */
public final class UnitRegistry {

    private final Map<String, Unit> units;

    private UnitRegistry(List<Unit> units) {
        Map<String, Unit> byId = new LinkedHashMap<>();
        units.forEach(unit -> byId.put(unit.id(), unit));
        this.units = Map.copyOf(byId);
    }

    /** The registry shipped with the platform. */
    public static UnitRegistry standard() {
        try (InputStream json = UnitRegistry.class.getResourceAsStream("/units.json")) {
            if (json == null) {
                throw new IllegalStateException("units.json is missing from the classpath");
            }
            return new UnitRegistry(JsonMapper.shared().readValue(json, UnitList.class).units());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Unit> find(String id) {
        return Optional.ofNullable(units.get(id));
    }

    public Collection<Unit> all() {
        return units.values();
    }

    private record UnitList(List<Unit> units) {
    }
}
