package berlin.gemeinsam.authserver;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import berlin.gemeinsam.authserver.AuthServerProperties.DemoAccount;
import berlin.gemeinsam.authserver.AuthServerProperties.Role;

/** A mistake in the account table must stop the start, not produce tokens the services misread. */
class AuthServerPropertiesTest {

    @Test
    void aModeratorNeedsAUnit() {
        assertThatThrownBy(() -> new DemoAccount("moderator", List.of(Role.MODERATOR), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("moderator");
    }

    @Test
    void aCitizenHasNoUnit() {
        assertThatThrownBy(() -> new DemoAccount("anna", List.of(Role.CITIZEN), "mitte"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("anna");
    }

    @Test
    void anAccountNameIsUsedOnce() {
        DemoAccount anna = new DemoAccount("anna", List.of(Role.CITIZEN), null);

        assertThatThrownBy(() -> new AuthServerProperties(Path.of("key.json"), "secret", Duration.ofMinutes(15),
                List.of(anna, anna)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'anna' twice");
    }
}
