package berlin.gemeinsam.notifications.mail.domain;

import berlin.gemeinsam.platform.errors.StateConflictException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmailConfirmationTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private static EmailConfirmation confirmation(String token) {
        return EmailConfirmation.of(token, "citizen-1", "anna@example.org", NOW.plus(Duration.ofHours(24)));
    }

    @Test
    void aLinkWorksUntilItExpires() {
        EmailConfirmation confirmation = confirmation(SecretTokens.newToken());

        assertThatCode(() -> confirmation.checkUsable(NOW.plus(Duration.ofHours(23)))).doesNotThrowAnyException();
        assertThatThrownBy(() -> confirmation.checkUsable(NOW.plus(Duration.ofHours(24))))
                .isInstanceOf(LinkExpiredException.class);
    }

    @Test
    void theConfirmationKeepsNeitherTokenNorAddressButKnowsThem() {
        String token = SecretTokens.newToken();
        EmailConfirmation confirmation = confirmation(token);

        assertThat(confirmation.getId()).isEqualTo(SecretTokens.hashOf(token)).doesNotContain(token);
        assertThat(confirmation.getAddressHash()).doesNotContain("anna");
        assertThat(confirmation.confirms("anna@example.org")).isTrue();
        assertThat(confirmation.confirms("ben@example.org")).isFalse();
    }

    @Test
    void aUsedLinkIsAConflict() throws Exception {
        EmailConfirmation confirmation = confirmation(SecretTokens.newToken());
        var confirmedAt = EmailConfirmation.class.getDeclaredField("confirmedAt");
        confirmedAt.setAccessible(true);
        confirmedAt.set(confirmation, NOW);

        assertThatThrownBy(() -> confirmation.checkUsable(NOW)).isInstanceOf(StateConflictException.class)
                .hasMessageContaining("CONFIRMED");
    }

    @Test
    void tokensAreRandomAndUrlSafe() {
        String token = SecretTokens.newToken();

        assertThat(token).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(SecretTokens.newToken());
    }
}
