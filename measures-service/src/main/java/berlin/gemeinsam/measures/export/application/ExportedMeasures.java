package berlin.gemeinsam.measures.export.application;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/** The unit's measures as they are stored, read for the export one batch at a time. */
public interface ExportedMeasures {

    /**
     * Hands every measure of the unit to {@code sink}, one after the other in the order of their ids (which begin
     * with the time of the proposal), holding no more than one batch of them in memory.
     *
     * @param columns the attributes to read, named as the measure names them
     * @param today the day by which attributes that depend on it are derived
     */
    void forEach(List<String> columns, LocalDate today, Consumer<ExportedMeasure> sink);
}
