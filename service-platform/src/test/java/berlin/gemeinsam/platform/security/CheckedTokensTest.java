package berlin.gemeinsam.platform.security;

import berlin.gemeinsam.testsupport.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckedTokensTest {

    private final List<String> decoded = new ArrayList<>();
    private final MovableClock clock = new MovableClock();
    private final Instant start = clock.instant();

    @Test
    void aTokenIsCheckedOnceWhileItLives() {
        CheckedTokens tokens = new CheckedTokens(decoderExpiringAt(start.plusSeconds(60)), clock, 10);

        Jwt first = tokens.decode("a");
        clock.advance(Duration.ofSeconds(59));
        Jwt again = tokens.decode("a");

        assertThat(again).isSameAs(first);
        assertThat(decoded).containsExactly("a");
    }

    @Test
    void anExpiredTokenIsCheckedAgainAndRefusedByTheDecoder() {
        JwtDecoder refusingExpired = token -> {
            decoded.add(token);
            if (!clock.instant().isBefore(start.plusSeconds(60))) {
                throw new BadJwtException("expired");
            }
            return jwt(start.plusSeconds(60));
        };
        CheckedTokens tokens = new CheckedTokens(refusingExpired, clock, 10);
        tokens.decode("a");

        clock.advance(Duration.ofSeconds(60));

        assertThatThrownBy(() -> tokens.decode("a")).isInstanceOf(BadJwtException.class);
        assertThat(decoded).containsExactly("a", "a");
    }

    @Test
    void aTokenTheDecoderRefusesIsNeverRemembered() {
        JwtDecoder refusing = token -> {
            decoded.add(token);
            throw new BadJwtException("bad signature");
        };
        CheckedTokens tokens = new CheckedTokens(refusing, clock, 10);

        assertThatThrownBy(() -> tokens.decode("a")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("a")).isInstanceOf(BadJwtException.class);
        assertThat(decoded).containsExactly("a", "a");
    }

    @Test
    void aTokenWithinTheDecodersClockSkewButExpiredIsNotRemembered() {
        CheckedTokens tokens = new CheckedTokens(decoderExpiringAt(start.minusSeconds(10)), clock, 10);

        tokens.decode("a");
        tokens.decode("a");

        assertThat(decoded).containsExactly("a", "a");
    }

    @Test
    void aFullCacheMakesRoom() {
        CheckedTokens tokens = new CheckedTokens(decoderExpiringAt(start.plus(Duration.ofMinutes(5))), clock, 2);

        tokens.decode("a");
        tokens.decode("b");
        tokens.decode("c");
        tokens.decode("c");

        assertThat(decoded).containsExactly("a", "b", "c");
    }

    private JwtDecoder decoderExpiringAt(Instant expiresAt) {
        return token -> {
            decoded.add(token);
            return jwt(expiresAt);
        };
    }

    private Jwt jwt(Instant expiresAt) {
        return Jwt.withTokenValue("token").header("alg", "RS256").subject("citizen")
                .issuedAt(expiresAt.minus(Duration.ofMinutes(15))).expiresAt(expiresAt).build();
    }
}
