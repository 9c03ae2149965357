package berlin.gemeinsam.platform.web;

import berlin.gemeinsam.platform.versions.ExpectedVersion;
import berlin.gemeinsam.platform.versions.StaleVersionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** If-Match as RFC 9110 reads it, compared strongly with a resource's stored version. */
class EntityTagsTest {

    @Test
    void aVersionIsAQuotedStrongTag() {
        assertThat(EntityTags.of(3)).isEqualTo("\"3\"");
        assertThat(EntityTags.expectedBy(EntityTags.of(3)).matches(3)).isTrue();
    }

    @Test
    void noHeaderOrAStarMatchesAnyVersion() {
        for (String any : new String[]{null, "", "  ", "*", " * "}) {
            ExpectedVersion expected = EntityTags.expectedBy(any);
            assertThat(expected.matches(0)).as(String.valueOf(any)).isTrue();
            assertThat(expected.matches(41)).as(String.valueOf(any)).isTrue();
        }
    }

    @Test
    void aListMatchesEachVersionItNames() {
        ExpectedVersion expected = EntityTags.expectedBy("\"2\", \"5\" ,,\"7\"");

        assertThat(expected.matches(2)).isTrue();
        assertThat(expected.matches(5)).isTrue();
        assertThat(expected.matches(7)).isTrue();
        assertThat(expected.matches(3)).isFalse();
    }

    @Test
    void weakTagsAndTagsThatNameNoVersionMatchNone() {
        assertThat(EntityTags.expectedBy("W/\"3\"").matches(3)).isFalse();
        assertThat(EntityTags.expectedBy("\"abc\"").matches(3)).isFalse();
        assertThat(EntityTags.expectedBy("\"\"").matches(0)).isFalse();
        assertThat(EntityTags.expectedBy("\"-3\"").matches(-3)).isFalse();
        assertThat(EntityTags.expectedBy("\"99999999999999999999\"").matches(Long.MAX_VALUE)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"3", "\"3", "3\"", "'3'", "\"3\" \"4\"", "\"a\"b\"", ",", "W/3", "\"a b\""})
    void anythingElseIsInvalid(String header) {
        assertThatThrownBy(() -> EntityTags.expectedBy(header)).isInstanceOf(InvalidIfMatchException.class);
    }

    @Test
    void aStaleVersionIsRefusedNamingTheCurrentOne() {
        assertThatThrownBy(() -> EntityTags.expectedBy("\"2\"").check("idea", "i-1", 3))
                .isInstanceOfSatisfying(StaleVersionException.class, stale -> {
                    assertThat(stale.currentVersion()).isEqualTo(3);
                    assertThat(stale.resource()).isEqualTo("idea");
                    assertThat(stale.id()).isEqualTo("i-1");
                });
        EntityTags.expectedBy("\"3\"").check("idea", "i-1", 3);
    }
}
