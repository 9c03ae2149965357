package berlin.gemeinsam.authserver;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The local OAuth2/OIDC issuer of the suite: signs short-lived RS256 access tokens for the demo accounts of the
 * local stack. Any other OIDC provider can take its place (see deploy/keycloak/README.md).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AuthServerApplication {

    public static void main(String[] args) {
        SpringApplication.run(AuthServerApplication.class, args);
    }
}
