package berlin.gemeinsam.ideas.web;

import berlin.gemeinsam.platform.web.IdempotencyKeyReusedException;
import berlin.gemeinsam.platform.web.IdempotencyKeys;
import berlin.gemeinsam.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The fingerprints of idempotent requests, in the service's own store. */
@ServiceIntegrationTest
class IdempotencyKeysIntegrationTest {

    record Request(String title) {
    }

    @Autowired
    IdempotencyKeys keys;

    private final String key = UUID.randomUUID().toString();

    @Test
    void aCreationThatFailedGivesTheKeyBackForACorrectedRequest() {
        assertThatThrownBy(() -> keys.once("test", key, new Request("erste"), () -> {
            throw new IllegalStateException("the creation failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(keys.once("test", key, new Request("korrigiert"), () -> "created")).isEqualTo("created");
        assertThatThrownBy(() -> keys.once("test", key, new Request("erste"), () -> "created"))
                .isInstanceOf(IdempotencyKeyReusedException.class);
    }

    @Test
    void theSameKeyInAnotherScopeIsAnotherKey() {
        assertThat(keys.once("author-a", key, new Request("a"), () -> "a")).isEqualTo("a");
        assertThat(keys.once("author-b", key, new Request("b"), () -> "b")).isEqualTo("b");
        assertThat(keys.once("author-a", key, new Request("a"), () -> "again")).isEqualTo("again");
    }
}
