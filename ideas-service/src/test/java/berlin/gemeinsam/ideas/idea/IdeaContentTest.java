package berlin.gemeinsam.ideas.idea;

import berlin.gemeinsam.events.GuidingPrinciple;
import berlin.gemeinsam.ideas.idea.domain.IdeaContent;
import berlin.gemeinsam.ideas.idea.domain.Language;
import berlin.gemeinsam.ideas.idea.domain.Location;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdeaContentTest {

    @Test
    void anIdeaIsGermanUnlessSaidOtherwiseAndListsItsPrinciplesInTheirDeclaredOrder() {
        IdeaContent content = new IdeaContent("t", "p", null, null,
                Set.of(GuidingPrinciple.OPENNESS, GuidingPrinciple.COMMON_GOOD), null, null);

        assertThat(content.language()).isEqualTo(Language.DE);
        assertThat(content.principles()).containsExactly(GuidingPrinciple.COMMON_GOOD, GuidingPrinciple.OPENNESS);
        assertThat(new IdeaContent("t", "p", null, null, null, null, Language.EN).principles()).isEmpty();
    }

    @Test
    void anIdeaNeedsItsProblem() {
        assertThatThrownBy(() -> new IdeaContent("t", null, "Bänke", null, null, null, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void aLocationLiesInsideBerlinsBoundingBox() {
        assertThat(new Location(52.5163, 13.3777).latitude()).isEqualTo(52.5163);
        assertThat(Location.isInBerlin(52.33, 13.08)).isTrue();
        assertThat(Location.isInBerlin(52.68, 13.77)).isTrue();
        assertThat(Location.isInBerlin(52.3906, 13.0645)).as("Potsdam").isFalse();
        assertThat(Location.isInBerlin(52.69, 13.4)).isFalse();
        assertThat(Location.isInBerlin(52.5, 13.78)).isFalse();
        assertThatThrownBy(() -> new Location(48.137, 11.575)).isInstanceOf(IllegalArgumentException.class);
    }
}
