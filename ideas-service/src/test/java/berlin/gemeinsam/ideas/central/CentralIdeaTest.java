package berlin.gemeinsam.ideas.central;

import berlin.gemeinsam.events.ideas.IdeaAdopted;
import berlin.gemeinsam.events.ideas.IdeaEdited;
import berlin.gemeinsam.events.ideas.IdeaMerged;
import berlin.gemeinsam.events.ideas.IdeaPublished;
import berlin.gemeinsam.events.ideas.IdeaPublishedV2;
import berlin.gemeinsam.events.ideas.IdeaShortlisted;
import berlin.gemeinsam.events.ideas.IdeaWithdrawn;
import berlin.gemeinsam.ideas.central.domain.CentralIdea;
import berlin.gemeinsam.ideas.idea.domain.IdeaStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How the central view applies one idea's events: by their sequence, whatever order they arrive in. */
class CentralIdeaTest {

    private static final Instant PUBLISHED_AT = Instant.parse("2026-10-31T23:30:00Z");
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final String FIRST = "0000000000000000001.0000";
    private static final String FIRST_V2 = "0000000000000000001.0001";
    private static final String SECOND = "0000000000000000002.0000";
    private static final String THIRD = "0000000000000000003.0000";

    private static IdeaPublished v1(String title) {
        return new IdeaPublished("idea-1", "mitte", title, "Problem", null, "MOBILITY", PUBLISHED_AT);
    }

    private static IdeaPublishedV2 v2(String title) {
        return new IdeaPublishedV2("idea-1", "mitte", title, "Problem", "Vorschlag", "MOBILITY",
                List.of("OPENNESS"), 52.5, 13.4, "de", PUBLISHED_AT);
    }

    private static IdeaEdited edited(String status, String title) {
        return new IdeaEdited("idea-1", "mitte", status, title, "Neu", null, "CULTURE", List.of(), null, null, "en",
                NOW);
    }

    @Test
    void anOlderOrRepeatedEventChangesNothing() {
        CentralIdea idea = CentralIdea.unseen("idea-1");
        assertThat(idea.published(v2("Radweg"), FIRST_V2, NOW)).isTrue();
        assertThat(idea.edited(edited("PUBLISHED", "Radwege"), SECOND, NOW)).isTrue();

        assertThat(idea.published(v2("Radweg"), FIRST_V2, NOW.plusSeconds(1))).isFalse();
        assertThat(idea.published(v1("Radweg"), FIRST, NOW.plusSeconds(1))).isFalse();
        assertThat(idea.edited(edited("PUBLISHED", "Radwege"), SECOND, NOW.plusSeconds(1))).isFalse();

        assertThat(idea.getTitle()).isEqualTo("Radwege");
        assertThat(idea.getLanguage()).isEqualTo("en");
        assertThat(idea.getChangedAt()).isEqualTo(NOW);
    }

    @Test
    void aLatePublicationFillsInTheContentOfAnIdeaALaterEventCreatedWithoutTakingBackItsStatus() {
        CentralIdea idea = CentralIdea.unseen("idea-1");
        assertThat(idea.shortlisted(new IdeaShortlisted("idea-1", "mitte", "Radweg", NOW), SECOND, NOW)).isTrue();
        assertThat(idea.getTitle()).isEqualTo("Radweg");
        assertThat(idea.getPublishedAt()).isNull();

        assertThat(idea.published(v2("Radweg am Kanal"), FIRST_V2, NOW)).isTrue();

        assertThat(idea.getStatus()).isEqualTo(IdeaStatus.SHORTLISTED);
        assertThat(idea.getTitle()).isEqualTo("Radweg am Kanal");
        assertThat(idea.getPrinciples()).containsExactly("OPENNESS");
        // the last evening of October in UTC is November in Berlin
        assertThat(idea.getPublishedMonth()).isEqualTo("2026-11");
        assertThat(idea.isShown()).isTrue();
    }

    @Test
    void v2WinsOverV1OfTheSameChangeInEitherOrder() {
        CentralIdea v1First = CentralIdea.unseen("idea-1");
        v1First.published(v1("Radweg"), FIRST, NOW);
        v1First.published(v2("Radweg"), FIRST_V2, NOW);
        CentralIdea v2First = CentralIdea.unseen("idea-1");
        v2First.published(v2("Radweg"), FIRST_V2, NOW);
        v2First.published(v1("Radweg"), FIRST, NOW);

        for (CentralIdea idea : List.of(v1First, v2First)) {
            assertThat(idea.getProposal()).isEqualTo("Vorschlag");
            assertThat(idea.getLatitude()).isEqualTo(52.5);
        }
    }

    @Test
    void aWithdrawnIdeaIsNoLongerShownAndALatePublicationDoesNotBringItBack() {
        CentralIdea idea = CentralIdea.unseen("idea-1");
        idea.withdrawn(new IdeaWithdrawn("idea-1", "mitte", "PUBLISHED", NOW), SECOND, NOW);
        idea.published(v2("Radweg"), FIRST_V2, NOW);

        assertThat(idea.getStatus()).isEqualTo(IdeaStatus.WITHDRAWN);
        assertThat(idea.getTitle()).isNull();
        assertThat(idea.isShown()).isFalse();
    }

    @Test
    void aMergedIdeaLeavesTheViewPointingToItsSurvivorAndALatePublicationDoesNotBringItBack() {
        CentralIdea idea = CentralIdea.unseen("idea-1");
        idea.published(v2("Radweg"), FIRST_V2, NOW);
        assertThat(idea.merged(new IdeaMerged("idea-1", "mitte", "Radweg", "idea-2", "PUBLISHED", NOW), SECOND, NOW))
                .isTrue();
        assertThat(idea.published(v2("Radweg"), FIRST_V2, NOW)).isFalse();

        assertThat(idea.getStatus()).isEqualTo(IdeaStatus.MERGED);
        assertThat(idea.getMergedInto()).isEqualTo("idea-2");
        assertThat(idea.isShown()).isFalse();
        assertThat(CentralIdea.unseen("idea-3").merged(
                new IdeaMerged("idea-3", "mitte", "Radweg", "idea-2", "SUBMITTED", NOW), SECOND, NOW)).isFalse();
    }

    @Test
    void eventsThatWereNeverPublicChangeNothing() {
        CentralIdea idea = CentralIdea.unseen("idea-1");

        assertThat(idea.edited(edited("SUBMITTED", "Entwurf"), FIRST, NOW)).isFalse();
        assertThat(idea.withdrawn(new IdeaWithdrawn("idea-1", "mitte", "SUBMITTED", NOW), SECOND, NOW)).isFalse();
        assertThat(idea.isShown()).isFalse();
    }

    @Test
    void eventsWithoutSequenceApplyInTheOrderTheyArriveUntilOneWithASequenceDid() {
        CentralIdea idea = CentralIdea.unseen("idea-1");
        assertThat(idea.published(v1("Radweg"), null, NOW)).isTrue();
        assertThat(idea.shortlisted(new IdeaShortlisted("idea-1", "mitte", "Radweg", NOW), null, NOW)).isTrue();
        assertThat(idea.adopted(new IdeaAdopted("idea-1", "mitte", "Radweg", "m-1", "mitte", NOW), THIRD, NOW))
                .isTrue();

        assertThat(idea.shortlisted(new IdeaShortlisted("idea-1", "mitte", "Radweg", NOW), null, NOW)).isFalse();
        assertThat(idea.getStatus()).isEqualTo(IdeaStatus.ADOPTED);
    }

    @Test
    void theSupportCountOnlyGrows() {
        CentralIdea idea = CentralIdea.unseen("idea-1");

        assertThat(idea.supportsCounted(2, NOW)).isTrue();
        assertThat(idea.supportsCounted(1, NOW)).isFalse();
        assertThat(idea.supportsCounted(2, NOW)).isFalse();
        assertThat(idea.getSupportCount()).isEqualTo(2);
        assertThat(idea.isShown()).as("supports alone do not show an idea").isFalse();
    }

    @Test
    void withdrawalsAreCountedApartAndTheCountShownNeverDropsBelowZero() {
        CentralIdea idea = CentralIdea.unseen("idea-1");

        assertThat(idea.withdrawalsCounted(1, NOW)).isTrue();
        assertThat(idea.getSupportCount()).isZero();
        assertThat(idea.supportsCounted(3, NOW)).isTrue();
        assertThat(idea.getSupportCount()).isEqualTo(2);
        assertThat(idea.withdrawalsCounted(1, NOW)).isFalse();
        assertThat(idea.withdrawalsCounted(0, NOW)).isFalse();
        assertThat(idea.getSupportCount()).isEqualTo(2);
    }
}
