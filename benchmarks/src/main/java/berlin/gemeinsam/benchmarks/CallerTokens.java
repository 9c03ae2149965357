package berlin.gemeinsam.benchmarks;

import berlin.gemeinsam.testsupport.TestIssuer;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The bearer tokens of the driver's callers. The services are started with the driver's own issuer (the one the
 * tests use: an RSA key whose public half it serves on loopback), so the benchmark includes the services' real
 * token checks. A token is signed once and reused until shortly before it expires, so signing stays out of the
 * measured calls.
 */
final class CallerTokens {

    /** Tokens live 15 minutes; a fresh one is signed well before that. */
    private static final Duration REUSE = Duration.ofMinutes(10);
    private static final Map<String, Signed> TOKENS = new ConcurrentHashMap<>();

    private CallerTokens() {
    }

    /** The issuer the services are told to trust. */
    static String issuer() {
        return TestIssuer.get().issuer();
    }

    static String citizen(String participantId) {
        return cached("citizen:" + participantId, () -> TestIssuer.get().citizen(participantId));
    }

    static String moderator(String unit) {
        return cached("moderator:" + unit, () -> TestIssuer.get().moderator(unit));
    }

    static String unitAdmin(String unit) {
        return cached("admin:" + unit, () -> TestIssuer.get().unitAdmin(unit));
    }

    private static String cached(String caller, Supplier<String> sign) {
        long now = System.nanoTime();
        return TOKENS.compute(caller, (key, signed) -> signed == null || now - signed.atNanos() > REUSE.toNanos()
                ? new Signed(sign.get(), now) : signed).token();
    }

    private record Signed(String token, long atNanos) {
    }
}
