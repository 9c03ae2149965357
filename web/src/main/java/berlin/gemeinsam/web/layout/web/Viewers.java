package berlin.gemeinsam.web.layout.web;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import berlin.gemeinsam.web.services.application.Viewer;

/** The signed-in person as the application sees them, from the ID token the issuer gave at sign-in. */
public final class Viewers {

    private Viewers() {
    }

    public static Optional<Viewer> of(OidcUser user) {
        if (user == null) {
            return Optional.empty();
        }
        List<String> roles = user.getIdToken().getClaimAsStringList("roles");
        return Optional.of(new Viewer(user.getSubject(), user.getSubject(),
                roles == null ? Set.of() : new HashSet<>(roles), user.getIdToken().getClaimAsString("unit")));
    }

    /** The signed-in person; only for pages the security configuration lets nobody else reach. */
    public static Viewer required(OidcUser user) {
        return of(user).orElseThrow(() -> new IllegalStateException("this page needs a signed-in person"));
    }
}
