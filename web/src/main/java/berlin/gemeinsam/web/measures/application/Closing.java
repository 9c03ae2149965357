package berlin.gemeinsam.web.measures.application;

/**
 * Completing or discontinuing a measure, as typed: its lessons learned (all three asked for) and, for a
 * discontinuation, an optional reason.
 */
public record Closing(String reason, String whatWorked, String whatDidNotWork, String whatOthersShouldKnow) {
}
