package berlin.gemeinsam.measures.export.web;

import berlin.gemeinsam.measures.export.application.ExportedMeasure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/** The rows of an export as they are written to the answer, one after the other. */
interface MeasureRows extends Consumer<ExportedMeasure> {

    /** Writes the beginning: the header row, the opening of the array. */
    void begin() throws IOException;

    void write(ExportedMeasure measure) throws IOException;

    /**
     * Writes the end of the export and flushes it; only after the last measure, so that an export broken off on the
     * way (JSON) lacks its end.
     */
    void end() throws IOException;

    @Override
    default void accept(ExportedMeasure measure) {
        try {
            write(measure);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
