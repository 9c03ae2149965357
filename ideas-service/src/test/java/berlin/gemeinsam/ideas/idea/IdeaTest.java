package berlin.gemeinsam.ideas.idea;

import berlin.gemeinsam.events.Category;
import berlin.gemeinsam.events.ideas.IdeaAdopted;
import berlin.gemeinsam.events.ideas.IdeaAdoptionDeclined;
import berlin.gemeinsam.events.ideas.IdeaAdoptionDeclinedV2;
import berlin.gemeinsam.events.ideas.IdeaPublished;
import berlin.gemeinsam.ideas.idea.domain.Actor;
import berlin.gemeinsam.ideas.idea.domain.Idea;
import berlin.gemeinsam.ideas.idea.domain.IdeaContent;
import berlin.gemeinsam.ideas.idea.domain.IdeaStatus;
import berlin.gemeinsam.platform.errors.StateConflictException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdeaTest {

    private static final Actor MODERATOR = Actor.staff("MODERATOR", "mitte");
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private static Idea submitted() {
        return Idea.submit("idea-1", "mitte", new IdeaContent("Mehr Bänke", "Am Ufer fehlen Sitzplätze", null,
                Category.URBAN_DEVELOPMENT_HOUSING, Set.of(), null, null), "p-1", NOW);
    }

    @Test
    void aSubmittedIdeaIsPublishedOnceAndTellsWhatItIs() {
        Idea idea = submitted();

        IdeaPublished published = idea.publish(MODERATOR, NOW.plusSeconds(60));

        assertThat(idea.getStatus()).isEqualTo(IdeaStatus.PUBLISHED);
        assertThat(published.ideaId()).isEqualTo("idea-1");
        assertThat(published.unit()).isEqualTo("mitte");
        assertThat(published.problem()).isEqualTo("Am Ufer fehlen Sitzplätze");
        assertThatThrownBy(() -> idea.publish(MODERATOR, NOW))
                .isInstanceOfSatisfying(StateConflictException.class, conflict -> {
                    assertThat(conflict.currentState()).isEqualTo("PUBLISHED");
                    assertThat(conflict.allowedChanges()).containsExactly("adopt", "shortlist", "archive", "withdraw", "edit",
                            "merge");
                });
    }

    @Test
    void onlyAPublishedIdeaIsAdoptedAndAdoptingItAgainAsTheSameMeasureChangesNothing() {
        Idea idea = submitted();
        idea.publish(MODERATOR, NOW);

        assertThat(idea.adoptAs("m-1", "central", NOW)).get()
                .isInstanceOfSatisfying(IdeaAdopted.class, adopted -> {
                    assertThat(adopted.measureId()).isEqualTo("m-1");
                    assertThat(adopted.measureUnit()).isEqualTo("central");
                });
        assertThat(idea.adoptAs("m-1", "central", NOW)).isEmpty();
        assertThat(idea.getStatus()).isEqualTo(IdeaStatus.ADOPTED);
        assertThat(idea.getMeasureId()).isEqualTo("m-1");
    }

    @Test
    void aSecondMeasureIsDeclinedAndTheIdeaStaysAdoptedByTheFirst() {
        Idea idea = submitted();
        idea.publish(MODERATOR, NOW);
        idea.adoptAs("m-1", "central", NOW);

        assertThat(idea.adoptAs("m-2", "pankow", NOW.plusSeconds(5))).get()
                .isEqualTo(new IdeaAdoptionDeclinedV2("idea-1", "mitte", "m-2", "pankow",
                        IdeaAdoptionDeclined.ALREADY_ADOPTED, "ADOPTED", "m-1", NOW.plusSeconds(5)));
        assertThat(idea.getStatus()).isEqualTo(IdeaStatus.ADOPTED);
        assertThat(idea.getMeasureId()).isEqualTo("m-1");
        assertThat(idea.getAdoptedAt()).isEqualTo(NOW);
    }

    @Test
    void anUnpublishedIdeaDeclinesAMeasureAndStaysSubmitted() {
        Idea idea = submitted();

        assertThat(idea.adoptAs("m-1", "central", NOW)).get()
                .isEqualTo(new IdeaAdoptionDeclinedV2("idea-1", "mitte", "m-1", "central",
                        IdeaAdoptionDeclined.NOT_PUBLISHED, "SUBMITTED", null, NOW));
        assertThat(idea.getStatus()).isEqualTo(IdeaStatus.SUBMITTED);
        assertThat(idea.getMeasureId()).isNull();
    }

    @Test
    void supportsAreCountedPlaceByPlaceAndAPlaceCountedBeforeChangesNothing() {
        Idea idea = submitted();

        assertThat(idea.nextSupportPlace()).isEqualTo(1);
        assertThat(idea.countSupportAt(1, NOW)).isTrue();
        assertThat(idea.countSupportAt(2, NOW)).isTrue();
        assertThat(idea.countSupportAt(1, NOW)).isFalse();
        assertThat(idea.countSupportAt(2, NOW)).isFalse();

        assertThat(idea.getSupportCount()).isEqualTo(2);
        assertThat(idea.nextSupportPlace()).isEqualTo(3);
    }

    @Test
    void aPlaceBeyondTheNextIsRefusedAndTheCountStays() {
        Idea idea = submitted();
        idea.countSupportAt(1, NOW);

        assertThatThrownBy(() -> idea.countSupportAt(3, NOW)).isInstanceOf(IllegalStateException.class);
        assertThat(idea.getSupportCount()).isEqualTo(1);
    }

    @Test
    void withdrawalsAreCountedApartSoTheCountNeverDropsBelowZeroAndFollowsOnceBothArrived() {
        Idea idea = submitted();

        assertThat(idea.countWithdrawalAt(idea.nextWithdrawalPlace(), NOW)).isTrue();
        assertThat(idea.getSupportCount()).isZero();
        assertThat(idea.countWithdrawalAt(1, NOW)).isFalse();

        idea.countSupportAt(1, NOW);
        idea.countSupportAt(2, NOW);
        assertThat(idea.getSupportCount()).isEqualTo(1);
        assertThatThrownBy(() -> idea.countWithdrawalAt(3, NOW)).isInstanceOf(IllegalStateException.class);
        assertThat(idea.nextWithdrawalPlace()).isEqualTo(2);
    }
}
