package berlin.gemeinsam.web.services.application;

import java.util.Set;

/**
 * The person who is signed in, as the issuer's ID token names them: {@code subject} is a citizen's participant id,
 * {@code roles} those of the security contract, {@code unit} the unit a staff role is bound to.
 */
public record Viewer(String subject, String name, Set<String> roles, String unit) {

    public Viewer {
        roles = Set.copyOf(roles);
    }

    public boolean isModeratorOf(String unitId) {
        return roles.contains("MODERATOR") && unitId.equals(unit);
    }

    public boolean isUnitAdminOf(String unitId) {
        return roles.contains("UNIT_ADMIN") && unitId.equals(unit);
    }

    public boolean isCentralOffice() {
        return roles.contains("CENTRAL_OFFICE");
    }
}
