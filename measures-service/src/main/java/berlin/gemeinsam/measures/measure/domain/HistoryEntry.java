package berlin.gemeinsam.measures.measure.domain;

import java.time.Instant;

/**
 * One change of a measure's state: which change ({@code propose}, {@code plan}, {@code hold}, …), the state before
 * (null for the proposal) and after, who made it, when and why (a hold's or a discontinuation's reason).
 */
public record HistoryEntry(String change, MeasureStatus from, MeasureStatus to, Actor by, Instant at, String reason) {
}
