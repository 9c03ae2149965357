package berlin.gemeinsam.participation.formats.application;

import berlin.gemeinsam.events.participation.FormatCancelled;
import berlin.gemeinsam.participation.formats.domain.Actor;
import berlin.gemeinsam.participation.formats.domain.DialogFormat;
import berlin.gemeinsam.participation.formats.domain.FormatDetails;
import berlin.gemeinsam.participation.formats.domain.FormatType;
import berlin.gemeinsam.participation.supports.domain.HelixGroup;
import berlin.gemeinsam.platform.errors.NotFoundException;
import berlin.gemeinsam.platform.outbox.ConcurrentChanges;
import berlin.gemeinsam.platform.paging.Cursor;
import berlin.gemeinsam.platform.paging.CursorPage;
import berlin.gemeinsam.platform.security.Access;
import berlin.gemeinsam.platform.units.OwningUnit;
import berlin.gemeinsam.platform.versions.ExpectedVersion;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Scheduling, changing and cancelling the unit's dialog formats: the unit's admins do it, as they run the unit's
 * measures (moderators moderate content, they do not organise events). Anybody reads them.
 */
@Service
public class FormatService {

    private final DialogFormats formats;
    private final Promotions promotions;
    private final Access access;
    private final OwningUnit owner;
    private final Clock clock;

    FormatService(DialogFormats formats, Promotions promotions, Access access, OwningUnit owner, Clock clock) {
        this.formats = formats;
        this.promotions = promotions;
        this.access = access;
        this.owner = owner;
        this.clock = clock;
    }

    public DialogFormat schedule(FormatDetails details) {
        requireUnitAdmin();
        DialogFormat.Scheduled scheduled = DialogFormat.schedule(owner.newAggregateId("format", null), owner.id(),
                details, byAdmin(), clock.instant());
        formats.add(scheduled.format(), List.of(scheduled.event()));
        return scheduled.format();
    }

    /**
     * Changes the format when it is at the version the caller read ({@code If-Match}), checked in the same
     * optimistic attempt as the change. Seats that more capacity frees go to the first on the waiting list.
     */
    public DialogFormat change(String id, ExpectedVersion expected, FormatDetails details) {
        requireUnitAdmin();
        List<String> promoted = ConcurrentChanges.retry(() -> {
            DialogFormat format = get(id);
            expected.check("format", id, format.getVersion());
            DialogFormat.Changed change = format.change(details, byAdmin(), clock.instant());
            formats.save(format, List.of(change.event()));
            return change.promoted();
        });
        DialogFormat changed = get(id);
        promotions.promote(changed, promoted);
        return changed;
    }

    public DialogFormat cancel(String id, ExpectedVersion expected, String reason) {
        requireUnitAdmin();
        ConcurrentChanges.retry(() -> {
            DialogFormat format = get(id);
            expected.check("format", id, format.getVersion());
            FormatCancelled cancelled = format.cancel(reason, byAdmin(), clock.instant());
            formats.save(format, List.of(cancelled));
            return format;
        });
        return get(id);
    }

    public DialogFormat get(String id) {
        return formats.find(id).orElseThrow(() -> new NotFoundException("format", id));
    }

    /** Formats that have not ended yet, the soonest first. */
    public CursorPage<DialogFormat> upcoming(FormatType type, HelixGroup helixGroup, Optional<Cursor> after,
                                             int limit) {
        return formats.upcoming(clock.instant(), type, helixGroup, after, limit);
    }

    private void requireUnitAdmin() {
        access.unitAdminOf(owner.id());
    }

    private Actor byAdmin() {
        return Actor.unitAdmin(owner.id());
    }
}
