package berlin.gemeinsam.measures.measure.domain;

import java.util.Objects;

/**
 * The health a review set against the derived one, for a reason; it counts until the next review lifts or renews it.
 */
public record HealthOverride(Health health, String reason) {

    public HealthOverride {
        Objects.requireNonNull(health, "the overriding health");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a health is overridden for a reason");
        }
    }
}
