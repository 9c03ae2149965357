package berlin.gemeinsam.measures.ideas.domain;

import berlin.gemeinsam.platform.errors.StateConflictException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KnownIdeaTest {

    @Test
    void aPublishedIdeaIsFreeForAnyMeasure() {
        KnownIdea idea = new KnownIdea("idea-1", "pankow", "Bänke", KnownIdeaState.PUBLISHED, null);

        assertThatCode(() -> idea.requireAdoptableAs("m-1")).doesNotThrowAnyException();
    }

    @Test
    void anAdoptedIdeaIsTakenForEveryMeasureButTheOneThatAdoptedIt() {
        KnownIdea idea = new KnownIdea("idea-1", "pankow", "Bänke", KnownIdeaState.ADOPTED, "m-1");

        assertThatCode(() -> idea.requireAdoptableAs("m-1")).doesNotThrowAnyException();
        assertThatThrownBy(() -> idea.requireAdoptableAs("m-2"))
                .isInstanceOfSatisfying(StateConflictException.class, conflict -> {
                    assertThat(conflict.currentState()).isEqualTo("ADOPTED");
                    assertThat(conflict.allowedChanges()).isEmpty();
                });
    }

    @Test
    void aMergedIdeaIsTakenUpByNoMeasure() {
        KnownIdea idea = new KnownIdea("idea-1", "pankow", "Bänke", KnownIdeaState.MERGED, null);

        assertThatThrownBy(() -> idea.requireAdoptableAs("m-1"))
                .isInstanceOfSatisfying(StateConflictException.class, conflict ->
                        assertThat(conflict.currentState()).isEqualTo("MERGED"));
    }
}
