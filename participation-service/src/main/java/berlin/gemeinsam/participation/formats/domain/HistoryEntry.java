package berlin.gemeinsam.participation.formats.domain;

import java.time.Instant;

/** One change of a dialog format ({@code schedule}, {@code change}, {@code cancel}): by whom, when and why. */
public record HistoryEntry(String change, Actor by, Instant at, String reason) {
}
