package berlin.gemeinsam.web.measures.application;

import java.time.LocalDate;
import java.util.List;

/**
 * A measure as the console shows it, by the names of measures-service's API: {@code type}, {@code status} and
 * {@code health} by their names, {@code progress} in percent, {@code allowedChanges} the lifecycle changes its
 * status allows ({@code plan}, {@code hold}, …). {@code health} is the one that counts: a review's
 * {@code healthOverride} while it holds, else {@code derivedHealth}. {@code reviewInterval} is an ISO 8601 period
 * ({@code P6M}); {@code nextReviewDue} is null while the measure is proposed or closed; {@code lessonsLearned} is
 * what a closed measure leaves to others.
 */
public record Measure(String id, String title, String goal, String type, String status, String sourceIdeaId,
                      Mandate mandate, List<Milestone> milestones, List<Indicator> indicators, int progress,
                      String health, List<String> allowedChanges, String derivedHealth,
                      HealthOverride healthOverride, String reviewInterval, LocalDate nextReviewDue,
                      LessonsLearned lessonsLearned) {

    public Measure {
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        allowedChanges = allowedChanges == null ? List.of() : List.copyOf(allowedChanges);
    }
}
