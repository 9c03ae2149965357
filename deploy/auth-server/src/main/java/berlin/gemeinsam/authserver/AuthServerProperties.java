package berlin.gemeinsam.authserver;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the local issuer: where the signing key lives, how long access tokens live and the demo accounts.
 *
 * @param keyFile        the RSA signing key as a private JWK; generated on the first start so that tokens stay
 *                       valid across restarts
 * @param demoSecret     the one client secret shared by all demo accounts; published in the README, local only
 * @param accessTokenTtl lifetime of an access token
 * @param accounts       the demo accounts, each registered as an OAuth2 client with its account name as client id
 */
@ConfigurationProperties("gemeinsam.auth-server")
public record AuthServerProperties(Path keyFile, String demoSecret, Duration accessTokenTtl, List<DemoAccount> accounts) {

    public AuthServerProperties {
        require(keyFile != null, "gemeinsam.auth-server.key-file must be set");
        require(demoSecret != null && !demoSecret.isBlank(), "gemeinsam.auth-server.demo-secret must be set");
        require(accessTokenTtl != null && !accessTokenTtl.isNegative() && !accessTokenTtl.isZero(),
                "gemeinsam.auth-server.access-token-ttl must be positive");
        require(accounts != null && !accounts.isEmpty(), "gemeinsam.auth-server.accounts must list at least one account");
        Set<String> names = new HashSet<>();
        for (DemoAccount account : accounts) {
            require(names.add(account.name()), "gemeinsam.auth-server.accounts lists '" + account.name() + "' twice");
        }
        accounts = List.copyOf(accounts);
    }

    /** The claims the contract gives to an account: a unit is required for exactly the roles bound to one. */
    public record DemoAccount(String name, List<Role> roles, String unit) {

        public DemoAccount {
            require(name != null && !name.isBlank(), "every demo account needs a name");
            require(roles != null && !roles.isEmpty(), "demo account '" + name + "' needs at least one role");
            roles = List.copyOf(roles);
            boolean bound = roles.stream().anyMatch(Role::boundToUnit);
            require(bound == (unit != null && !unit.isBlank()), "demo account '" + name + "' must have a unit "
                    + "if and only if it has a role bound to a unit (MODERATOR, UNIT_ADMIN, CENTRAL_OFFICE)");
        }
    }

    /** The roles of the security contract, written into the {@code roles} claim by name. */
    public enum Role {
        CITIZEN(false), MODERATOR(true), UNIT_ADMIN(true), CENTRAL_OFFICE(true);

        private final boolean boundToUnit;

        Role(boolean boundToUnit) {
            this.boundToUnit = boundToUnit;
        }

        boolean boundToUnit() {
            return boundToUnit;
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
