package berlin.gemeinsam.web.cockpit.application;

import java.util.List;
import java.util.Map;

/**
 * The ideas the central view shows, in total and per unit and field of action (by its name).
 *
 * @param categories the fields of action any unit's ideas name, in the order of their names
 * @param units      each unit with shown ideas, in the order of their ids
 */
public record IdeaStatistics(long total, List<String> categories, List<UnitIdeas> units) {

    public IdeaStatistics {
        categories = List.copyOf(categories);
        units = List.copyOf(units);
    }

    /** The most ideas of one unit, for the bars' scale; 0 without any. */
    public long mostOfOneUnit() {
        return units.stream().mapToLong(UnitIdeas::total).max().orElse(0);
    }

    /**
     * One unit's shown ideas.
     *
     * @param byCategory per field of action; ideas without one count in {@code total} only
     */
    public record UnitIdeas(String unit, long total, Map<String, Long> byCategory) {

        public UnitIdeas {
            byCategory = Map.copyOf(byCategory);
        }

        public long in(String category) {
            return byCategory.getOrDefault(category, 0L);
        }

        public long withoutCategory() {
            return total - byCategory.values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
