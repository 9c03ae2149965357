package berlin.gemeinsam.participation.stakeholders.application;

import berlin.gemeinsam.participation.stakeholders.domain.Organisation;
import berlin.gemeinsam.platform.paging.Cursor;
import berlin.gemeinsam.platform.paging.CursorPage;

import java.util.Optional;

/** The organisations on this unit's list. */
public interface Organisations {

    void add(Organisation organisation);

    /**
     * Stores the changed organisation read at its version.
     *
     * @throws org.springframework.dao.OptimisticLockingFailureException when it changed since it was read
     */
    void save(Organisation organisation);

    Optional<Organisation> find(String id);

    /** A page of the list in the order they were added, starting after the cursor (from the start without one). */
    CursorPage<Organisation> page(Optional<Cursor> after, int limit);
}
