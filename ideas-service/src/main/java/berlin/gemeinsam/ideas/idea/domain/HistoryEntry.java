package berlin.gemeinsam.ideas.idea.domain;

import java.time.Instant;

/**
 * One change in an idea's history: which change ({@code submit}, {@code publish}, {@code edit}, …), the status before
 * (null for the submission) and after (the same for an edit), who made it, when and why (a rejection's or an
 * archiving's reason).
 */
public record HistoryEntry(String change, IdeaStatus from, IdeaStatus to, Actor by, Instant at, String reason) {
}
