package berlin.gemeinsam.participation.formats.application;

import berlin.gemeinsam.participation.formats.domain.DialogFormat;
import berlin.gemeinsam.participation.formats.domain.FormatType;
import berlin.gemeinsam.participation.formats.domain.Placement;
import berlin.gemeinsam.participation.supports.domain.HelixGroup;
import berlin.gemeinsam.platform.paging.Cursor;
import berlin.gemeinsam.platform.paging.CursorPage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The dialog formats of this unit; a format and the events of a change are stored together. */
public interface DialogFormats {

    void add(DialogFormat format, List<? extends Record> events);

    Optional<DialogFormat> find(String id);

    /**
     * Stores a format read at its version with the events of the change.
     *
     * @throws org.springframework.dao.OptimisticLockingFailureException when it changed since it was read
     */
    void save(DialogFormat format, List<? extends Record> events);

    /**
     * Gives the participant the seat or the waiting-list place {@code decided} judged from, in one conditional
     * update of the stored format: only while it is scheduled with the same capacity and registration deadline, the
     * participant is on none of its lists and, for a seat, fewer seats than the capacity are taken (for the waiting
     * list: all are). Any number of concurrent claims therefore never hand out more seats than the capacity.
     *
     * @return the format as stored after the claim, or empty when the decision no longer holds there
     */
    Optional<DialogFormat> claim(DialogFormat decided, String participantId, Placement placement);

    /** Up to {@code limit} formats whose ledger promoted somebody their registration does not show yet. */
    List<DialogFormat> withPendingPromotions(int limit);

    /**
     * Formats that have not ended at {@code now}, the soonest first (by start, then id), optionally of one format
     * type or wanting to reach one helix group; {@code limit} of them after the cursor.
     */
    CursorPage<DialogFormat> upcoming(Instant now, FormatType type, HelixGroup helixGroup, Optional<Cursor> after,
                                      int limit);
}
