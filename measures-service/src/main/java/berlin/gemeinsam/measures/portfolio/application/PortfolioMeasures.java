package berlin.gemeinsam.measures.portfolio.application;

import berlin.gemeinsam.measures.portfolio.domain.PortfolioMeasure;
import berlin.gemeinsam.platform.paging.Cursor;
import berlin.gemeinsam.platform.paging.CursorPage;

import java.time.LocalDate;
import java.util.Optional;

/** The portfolio's measures in the central instance's own store, one snapshot per measure. */
public interface PortfolioMeasures {

    /** The keys of a cursor of {@link #list}: the unit, title and id of the last measure answered. */
    int CURSOR_KEYS = 3;

    /**
     * Keeps the snapshot in place of the one kept for its measure, only if its sequence is higher (or it is the
     * first of the measure), decided by the store in one conditional write.
     *
     * @return whether it was kept
     */
    boolean keepIfNewer(PortfolioMeasure measure);

    /** The counts, sums and short lists of the portfolio (of every unit or of one) on {@code today}. */
    PortfolioSummary summary(Optional<String> unit, LocalDate today);

    /**
     * The measures the filter lets through, ordered by unit, title and id, at most {@code limit}, after the one the
     * cursor names (from the first without one).
     */
    CursorPage<PortfolioMeasure> list(PortfolioFilter filter, Optional<Cursor> after, int limit);
}
