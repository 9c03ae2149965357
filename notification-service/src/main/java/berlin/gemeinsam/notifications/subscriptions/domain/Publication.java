package berlin.gemeinsam.notifications.subscriptions.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A newly published idea or proposed measure as saved searches look at it.
 *
 * @param unit       the unit owning it
 * @param categories the names of its fields of action ({@link berlin.gemeinsam.events.Category})
 * @param place      where it is about; measures and ideas about no particular place have none
 * @param texts      what keywords are looked for in: an idea's title, problem and proposal, a measure's title and
 *                   goal
 */
public record Publication(String unit, Set<String> categories, Optional<GeoPoint> place, List<String> texts) {

    public Publication {
        categories = Set.copyOf(categories);
        texts = texts.stream().filter(text -> text != null && !text.isBlank()).toList();
    }
}
