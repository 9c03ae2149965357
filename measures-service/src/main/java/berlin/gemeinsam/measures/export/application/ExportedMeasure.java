package berlin.gemeinsam.measures.export.application;

import java.util.List;

/**
 * One measure as a row of the open data export: its values in the order of the columns asked for, each a text, a
 * number, a truth value, an {@link java.time.Instant}, a {@link java.time.LocalDate}, a list of texts, or null where
 * the measure has none.
 */
public record ExportedMeasure(List<Object> values) {
}
