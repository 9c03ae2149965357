package berlin.gemeinsam.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * Who issues the tokens the services accept, and the limits on public writes.
 *
 * @param issuer                the token issuer ({@code iss}); environment {@code GEMEINSAM_SECURITY_ISSUER}
 * @param jwkSetUri             where the issuer publishes its keys; by default {@code <issuer>/oauth2/jwks}
 * @param audience              the audience ({@code aud}) a token must name
 * @param writesPerMinute       writes one client (token subject, or address when anonymous) may make per minute
 * @param maxRequestSize        the largest request body accepted
 * @param concurrentWrites      writes of all clients at work at once ({@link WriteAdmission})
 * @param writeWait             how long a write waits for room before it is answered 503
 */
@ConfigurationProperties("gemeinsam.security")
public record GemeinsamSecurityProperties(String issuer, String jwkSetUri, String audience, int writesPerMinute,
                                          DataSize maxRequestSize, int concurrentWrites, Duration writeWait) {

    public GemeinsamSecurityProperties {
        issuer = issuer == null || issuer.isBlank() ? "http://127.0.0.1:9000" : issuer;
        jwkSetUri = jwkSetUri == null || jwkSetUri.isBlank() ? issuer + "/oauth2/jwks" : jwkSetUri;
        audience = audience == null || audience.isBlank() ? "gemeinsam" : audience;
        writesPerMinute = writesPerMinute <= 0 ? 60 : writesPerMinute;
        maxRequestSize = maxRequestSize == null ? DataSize.ofKilobytes(64) : maxRequestSize;
        concurrentWrites = concurrentWrites <= 0 ? 32 : concurrentWrites;
        writeWait = writeWait == null ? Duration.ofSeconds(2) : writeWait;
    }
}
