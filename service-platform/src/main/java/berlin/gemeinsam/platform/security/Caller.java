package berlin.gemeinsam.platform.security;

import java.util.Set;

/**
 * Who calls, as the verified token says.
 *
 * @param subject the token's subject: a citizen's participant id or a staff account
 * @param roles   the roles the token grants
 * @param unit    the unit a moderator or unit admin is bound to; {@code central} for the central office
 */
public record Caller(String subject, Set<Role> roles, String unit) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean isCitizen() {
        return roles.contains(Role.CITIZEN);
    }

    public boolean isModeratorOf(String unitId) {
        return roles.contains(Role.MODERATOR) && unitId.equals(unit);
    }

    public boolean isUnitAdminOf(String unitId) {
        return roles.contains(Role.UNIT_ADMIN) && unitId.equals(unit);
    }

    public boolean isCentralOffice() {
        return roles.contains(Role.CENTRAL_OFFICE);
    }

    /** Staff of the unit, or the central office, which reads everything. */
    public boolean mayReadInternalsOf(String unitId) {
        return isModeratorOf(unitId) || isUnitAdminOf(unitId) || isCentralOffice();
    }
}
