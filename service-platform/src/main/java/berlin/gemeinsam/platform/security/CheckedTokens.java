package berlin.gemeinsam.platform.security;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks each token once and then knows it by its text until it expires. A client sends the same token with every
 * call for as long as it lives; checking its signature, issuer, audience and times again each time cost a single
 * client's call most of its time (the benchmark's profile). A remembered token is accepted only before its
 * {@code exp}, with no clock skew: an expired token is checked again, and the decoder refuses it once its skew has
 * passed too. Tokens without {@code exp} are not remembered.
 */
final class CheckedTokens implements JwtDecoder {

    private final JwtDecoder decoder;
    private final Clock clock;
    private final int capacity;
    private final Map<String, Jwt> checked = new ConcurrentHashMap<>();

    CheckedTokens(JwtDecoder decoder, Clock clock, int capacity) {
        this.decoder = decoder;
        this.clock = clock;
        this.capacity = capacity;
    }

    @Override
    public Jwt decode(String token) {
        Instant now = clock.instant();
        Jwt known = checked.get(token);
        if (known != null) {
            if (now.isBefore(known.getExpiresAt())) {
                return known;
            }
            checked.remove(token, known);
        }
        Jwt jwt = decoder.decode(token);
        if (jwt.getExpiresAt() != null && now.isBefore(jwt.getExpiresAt())) {
            remember(token, jwt, now);
        }
        return jwt;
    }

    /** Keeps at most {@code capacity} tokens: the expired ones go first, and all of them when none has expired. */
    private void remember(String token, Jwt jwt, Instant now) {
        if (checked.size() >= capacity) {
            checked.values().removeIf(known -> !now.isBefore(known.getExpiresAt()));
            if (checked.size() >= capacity) {
                checked.clear();
            }
        }
        checked.put(token, jwt);
    }
}
