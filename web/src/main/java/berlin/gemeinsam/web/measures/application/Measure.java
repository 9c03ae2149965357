package berlin.gemeinsam.web.measures.application;

import java.util.List;

/**
 * A measure as the console shows it, by the names of measures-service's API: {@code type}, {@code status} and
 * {@code health} by their names, {@code progress} in percent, {@code allowedChanges} the lifecycle changes its
 * status allows ({@code plan}, {@code hold}, …).
 */
public record Measure(String id, String title, String goal, String type, String status, String sourceIdeaId,
                      Mandate mandate, List<Milestone> milestones, List<Indicator> indicators, int progress,
                      String health, List<String> allowedChanges) {

    public Measure {
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        allowedChanges = allowedChanges == null ? List.of() : List.copyOf(allowedChanges);
    }
}
