package berlin.gemeinsam.measures.portfolio.application;

import berlin.gemeinsam.events.measures.MeasureControllingReported;
import berlin.gemeinsam.measures.portfolio.domain.PortfolioMeasure;
import berlin.gemeinsam.platform.paging.Cursor;
import berlin.gemeinsam.platform.paging.CursorPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The central office's portfolio of every unit's measures, built from the units' {@code measure.controlling-reported}
 * events alone: each carries the whole measure after a change, so the portfolio keeps the newest per measure and
 * needs no other event. Whatever depends on the day (overdue milestones and reviews) is derived when it is read, on
 * the central instance's day in Berlin.
 */
@Service
@ConditionalOnProperty(name = "gemeinsam.unit", havingValue = Portfolio.CENTRAL_UNIT)
public class Portfolio {

    /** The unit whose instance keeps the portfolio. */
    public static final String CENTRAL_UNIT = "central";

    private static final Logger log = LoggerFactory.getLogger(Portfolio.class);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final PortfolioMeasures measures;
    private final Clock clock;

    Portfolio(PortfolioMeasures measures, Clock clock) {
        this.measures = measures;
        this.clock = clock;
    }

    /** A unit reported where one of its measures stands; an older or repeated report changes nothing. */
    public void reported(MeasureControllingReported report, String sequence) {
        if (!measures.keepIfNewer(PortfolioMeasure.reported(report, sequence))) {
            log.debug("Report {} of measure {} is not newer than the one kept", sequence, report.measureId());
        }
    }

    public PortfolioSummary summary(Optional<String> unit) {
        return measures.summary(unit, today());
    }

    public CursorPage<PortfolioMeasure> measures(PortfolioFilter filter, Optional<Cursor> after, int limit) {
        return measures.list(filter, after, limit);
    }

    /** The central instance's day in Berlin, by which milestones and reviews are overdue. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), BERLIN);
    }
}
