package berlin.gemeinsam.ideas.search.application;

import java.time.Instant;
import java.util.Set;

/**
 * What the search knows of an idea: a unit instance takes it from its own ideas, the central instance from every
 * unit's idea events. {@code category} and {@code principles} are the names of the fields of action and guiding
 * principles, {@code status} the name of the idea's status; {@code changedAt} is when it last changed, which the
 * index follows, and {@code version} tells an older state of the same idea from a newer one.
 */
public record SearchableIdea(String id, String unit, String title, String problem, String proposal, String category,
                             Set<String> principles, Double latitude, Double longitude, String language,
                             String status, long supportCount, Instant submittedAt, Instant publishedAt,
                             Instant changedAt, String mergedInto, long version) {
}
