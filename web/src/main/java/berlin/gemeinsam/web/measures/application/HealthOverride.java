package berlin.gemeinsam.web.measures.application;

/** The health a review set against the derived one ({@code ON_TRACK}, {@code AT_RISK}, {@code OFF_TRACK}), and why. */
public record HealthOverride(String health, String reason) {
}
