package berlin.gemeinsam.web.ideas.application;

import java.time.Instant;

/**
 * One change of an idea: which ({@code submit}, {@code publish}, …), from and to which status, when, why, and by
 * whom: a participant, or staff by role and unit.
 */
public record HistoryEntry(String change, String from, String to, Instant at, String reason, Actor by) {

    public record Actor(String participantId, String role, String unit) {
    }
}
