package berlin.gemeinsam.participation.stakeholders.application;

import berlin.gemeinsam.participation.stakeholders.domain.Multiplier;
import berlin.gemeinsam.platform.paging.Cursor;
import berlin.gemeinsam.platform.paging.CursorPage;

import java.util.Optional;

/** The multipliers registered in this unit. */
public interface Multipliers {

    /**
     * Adds a new multiplier.
     *
     * @throws berlin.gemeinsam.platform.errors.DuplicateException when the organisation or person is one already
     */
    void add(Multiplier multiplier);

    Optional<Multiplier> find(String id);

    /** A page of the multipliers in the order they were registered, starting after the cursor. */
    CursorPage<Multiplier> page(Optional<Cursor> after, int limit);
}
