package berlin.gemeinsam.web.ideas.application;

import java.time.Instant;
import java.util.Set;

/** An idea as its page shows it; {@code status} and {@code category} by their names in ideas-service's API. */
public record Idea(String id, String unit, String title, String problem, String proposal, String category,
                   Set<String> principles, String status, String rejectionReason, long supportCount, String measureId,
                   String authorId, Instant submittedAt, Instant publishedAt, String mergedInto) {

    public Idea {
        principles = principles == null ? Set.of() : Set.copyOf(principles);
    }

    /** Published or shortlisted: people may support and follow it. */
    public boolean open() {
        return "PUBLISHED".equals(status) || "SHORTLISTED".equals(status);
    }

    public boolean waitingForModeration() {
        return "SUBMITTED".equals(status);
    }
}
