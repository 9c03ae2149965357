package berlin.gemeinsam.monitor.access.application;

import berlin.gemeinsam.monitor.access.domain.Readership;
import berlin.gemeinsam.platform.security.Access;
import berlin.gemeinsam.platform.security.Caller;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Who may read and replay what in the monitor: the central office reads every unit, a unit admin reads and replays
 * their own unit's streams and dead letters (and sees the dead letters' payload), anybody else nothing. A denial is
 * answered 401 without a token and 403 with one.
 */
@Service
public class MonitorAccess {

    private final Access access;

    public MonitorAccess(Access access) {
        this.access = access;
    }

    public Readership readership() {
        Caller caller = caller();
        if (caller.isCentralOffice()) {
            return Readership.everyUnit();
        }
        if (caller.unit() != null && caller.isUnitAdminOf(caller.unit())) {
            return Readership.unit(caller.unit());
        }
        throw new AccessDeniedException("only the central office and unit admins read the monitor");
    }

    /** The central office or a unit admin of the unit, who read the unit's streams and dead letters. */
    public void readerOf(String unit) {
        if (!readership().reads(unit)) {
            throw new AccessDeniedException("only the central office and unit admins of " + unit + " read its streams");
        }
    }

    /** A unit admin of the unit: the only one who sees its dead letters' payload and replays them. */
    public boolean isUnitAdminOf(String unit) {
        return caller().isUnitAdminOf(unit);
    }

    public Caller unitAdminOf(String unit) {
        Caller caller = caller();
        if (!caller.isUnitAdminOf(unit)) {
            throw new AccessDeniedException("only unit admins of " + unit + " replay its dead letters");
        }
        return caller;
    }

    private Caller caller() {
        return access.caller().orElseThrow(() -> new AccessDeniedException("authentication required"));
    }
}
