package berlin.gemeinsam.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * A token issuer for tests, one per JVM: an RSA key whose public half is served as a JWK set over HTTP on
 * loopback (the services fetch it like an issuer's), and tokens signed with it that follow the suite's
 * claims contract. It also makes the bad tokens an attacker would try.
 */
public final class TestIssuer {

    public static final String AUDIENCE = "gemeinsam";

    private static TestIssuer instance;

    private final RSAKey key;
    private final String issuer;

    private TestIssuer(RSAKey key, String issuer) {
        this.key = key;
        this.issuer = issuer;
    }

    public static synchronized TestIssuer get() {
        if (instance == null) {
            try {
                RSAKey key = new RSAKeyGenerator(2048).keyID("test-" + UUID.randomUUID()).generate();
                byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
                HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                server.createContext("/oauth2/jwks", exchange -> {
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, jwks.length);
                    try (OutputStream body = exchange.getResponseBody()) {
                        body.write(jwks);
                    }
                });
                // started from a daemon thread, the server's dispatcher is a daemon too and never keeps a JVM alive
                Thread starter = new Thread(server::start, "test-issuer-start");
                starter.setDaemon(true);
                starter.start();
                starter.join();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0), "test-issuer-shutdown"));
                instance = new TestIssuer(key, "http://127.0.0.1:" + server.getAddress().getPort());
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    /** The issuer URL; its keys are at {@code <issuer>/oauth2/jwks}. */
    public String issuer() {
        return issuer;
    }

    /**
     * Writes the issuer's key, its private half included, as a JWK file: a real issuer process started with it (the
     * local auth-server of the browser tests, with this issuer's URL as its {@code iss}) signs tokens the services
     * accept as this issuer's.
     */
    public void writeSigningKey(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, key.toJSONString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String citizen(String participantId) {
        return token(participantId, List.of("CITIZEN"), null, UnaryOperator.identity());
    }

    public String moderator(String unit) {
        return token("moderator-" + unit, List.of("MODERATOR"), unit, UnaryOperator.identity());
    }

    public String unitAdmin(String unit) {
        return token("admin-" + unit, List.of("UNIT_ADMIN"), unit, UnaryOperator.identity());
    }

    public String centralOffice() {
        return token("central-office", List.of("CENTRAL_OFFICE"), "central", UnaryOperator.identity());
    }

    /** A token as the issuer signs it, with the claims changed by {@code tamper} (e.g. another audience). */
    public String token(String subject, List<String> roles, String unit, UnaryOperator<JWTClaimsSet.Builder> tamper) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    tamper.apply(claims(subject, roles, unit)).build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An unsigned token ({@code alg=none}) with valid claims. */
    public String unsigned(String subject, List<String> roles, String unit) {
        return new PlainJWT(claims(subject, roles, unit).build()).serialize();
    }

    /** A token "signed" with HMAC keyed with the issuer's public key: the classic algorithm confusion. */
    public String hmacWithPublicKey(String subject, List<String> roles, String unit) {
        try {
            byte[] secret = key.toPublicJWK().toRSAPublicKey().getEncoded();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(key.getKeyID()).build(),
                    claims(subject, roles, unit).build());
            jwt.sign(new MACSigner(secret));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token signed by a key the issuer never published. */
    public String signedByUnknownKey(String subject, List<String> roles, String unit) {
        try {
            RSAKey stranger = new RSAKeyGenerator(2048).keyID("unknown-" + UUID.randomUUID()).generate();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(stranger.getKeyID()).build(),
                    claims(subject, roles, unit).build());
            jwt.sign(new RSASSASigner(stranger));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private JWTClaimsSet.Builder claims(String subject, List<String> roles, String unit) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(AUDIENCE)
                .subject(subject)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(15))))
                .jwtID(UUID.randomUUID().toString())
                .claim("roles", roles);
        return unit == null ? claims : claims.claim("unit", unit);
    }
}
