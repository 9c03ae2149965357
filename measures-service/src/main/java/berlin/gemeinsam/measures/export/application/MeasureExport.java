package berlin.gemeinsam.measures.export.application;

import berlin.gemeinsam.platform.units.OwningUnit;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

/**
 * The unit's measures as open data; on the central instance every unit's, as its portfolio knows them. Everybody
 * may read it without a token: every measure is public (each one is answered to anybody by
 * {@code GET /api/v1/measures/{id}}), and the export shows no more than that answer does.
 */
@Service
public class MeasureExport {

    /**
     * The columns of the export, in their order, named as the measure and its API name its attributes. A new
     * public attribute of the measure is one more name here, an attribute of a part of it one more path
     * ({@code part.attribute}).
     */
    public static final List<String> COLUMNS = List.of("id", "unit", "title", "goal", "type", "status",
            "sourceIdeaId", "sourceIdeaState", "sourceIdeaDeclineReason", "participatingUnits", "proposedAt",
            "health", "progress", "mandate.budgetPlanned", "mandate.budgetSpent", "nextReviewDue");

    /**
     * The columns of the central instance's export of every unit's measures: those of {@link #COLUMNS} that the
     * units report to the portfolio, in the same order, so that both exports read alike.
     */
    public static final List<String> CENTRAL_COLUMNS = List.of("id", "unit", "title", "type", "status",
            "participatingUnits", "health", "progress", "mandate.budgetPlanned", "mandate.budgetSpent",
            "nextReviewDue");

    /** The unit whose instance exports every unit's measures from its portfolio. */
    private static final String CENTRAL_UNIT = "central";

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final ExportedMeasures measures;
    private final OwningUnit owner;
    private final Clock clock;

    MeasureExport(ExportedMeasures measures, OwningUnit owner, Clock clock) {
        this.measures = measures;
        this.owner = owner;
        this.clock = clock;
    }

    /** Hands the unit's measures to {@code sink} one by one, never all of them at once. */
    public void export(Consumer<ExportedMeasure> sink) {
        measures.forEach(columns(), today(), sink);
    }

    /** The columns this instance exports: the central instance's are those its portfolio knows. */
    public List<String> columns() {
        return CENTRAL_UNIT.equals(owner.id()) ? CENTRAL_COLUMNS : COLUMNS;
    }

    /** The unit whose measures are exported. */
    public String unit() {
        return owner.id();
    }

    /** The day of the export in Berlin, as the file of the export is named. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(BERLIN));
    }
}
