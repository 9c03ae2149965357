package berlin.gemeinsam.ideas.idea;

import berlin.gemeinsam.events.ideas.IdeaAdopted;
import berlin.gemeinsam.events.ideas.IdeaPublished;
import berlin.gemeinsam.platform.domain.StateConflictException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdeaTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private static Idea submitted() {
        return Idea.submit("idea-1", "mitte", "Mehr Bänke", "Am Ufer fehlen Sitzplätze", null, "Stadtraum",
                "p-1", NOW);
    }

    @Test
    void aSubmittedIdeaIsPublishedOnceAndTellsWhatItIs() {
        Idea idea = submitted();

        IdeaPublished published = idea.publish(NOW.plusSeconds(60));

        assertThat(idea.getStatus()).isEqualTo(IdeaStatus.PUBLISHED);
        assertThat(published.ideaId()).isEqualTo("idea-1");
        assertThat(published.unit()).isEqualTo("mitte");
        assertThat(published.problem()).isEqualTo("Am Ufer fehlen Sitzplätze");
        assertThatThrownBy(() -> idea.publish(NOW))
                .isInstanceOfSatisfying(StateConflictException.class, conflict -> {
                    assertThat(conflict.currentState()).isEqualTo("PUBLISHED");
                    assertThat(conflict.allowedChanges()).containsExactly("adopt");
                });
    }

    @Test
    void onlyAPublishedIdeaIsAdoptedAndAdoptingItAgainAsTheSameMeasureChangesNothing() {
        Idea idea = submitted();
        assertThatThrownBy(() -> idea.adoptAs("m-1", "central", NOW)).isInstanceOf(StateConflictException.class);
        idea.publish(NOW);

        assertThat(idea.adoptAs("m-1", "central", NOW)).get().extracting(IdeaAdopted::measureId).isEqualTo("m-1");
        assertThat(idea.adoptAs("m-1", "central", NOW)).isEmpty();
        assertThat(idea.getStatus()).isEqualTo(IdeaStatus.ADOPTED);
        assertThat(idea.getMeasureId()).isEqualTo("m-1");
        assertThatThrownBy(() -> idea.adoptAs("m-2", "central", NOW))
                .isInstanceOfSatisfying(StateConflictException.class,
                        conflict -> assertThat(conflict.allowedChanges()).isEmpty());
    }
}
