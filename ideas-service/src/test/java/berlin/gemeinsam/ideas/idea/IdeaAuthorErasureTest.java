package berlin.gemeinsam.ideas.idea;

import berlin.gemeinsam.events.Category;
import berlin.gemeinsam.events.ideas.IdeaWithdrawn;
import berlin.gemeinsam.ideas.idea.domain.Actor;
import berlin.gemeinsam.ideas.idea.domain.Idea;
import berlin.gemeinsam.ideas.idea.domain.IdeaContent;
import berlin.gemeinsam.ideas.idea.domain.IdeaStatus;
import berlin.gemeinsam.ideas.idea.domain.Language;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** An idea whose author was erased (participant.erased.v1). */
class IdeaAuthorErasureTest {

    private static final Actor MODERATOR = Actor.staff("MODERATOR", "mitte");
    private static final Instant SUBMITTED = Instant.parse("2026-11-30T10:00:00Z");
    private static final Instant ERASED = SUBMITTED.plusSeconds(3_600);
    private static final IdeaContent CONTENT = new IdeaContent("Mehr Bänke", "Am Ufer fehlen Sitzplätze", "Bänke",
            Category.URBAN_DEVELOPMENT_HOUSING, Set.of(), null, null);

    @Test
    void aPublishedIdeaKeepsItsContentAndStatusButNamesTheTombstoneInsteadOfItsAuthor() {
        Idea idea = Idea.submit("idea-1", "mitte", CONTENT, "p-anna", SUBMITTED);
        idea.editByAuthor(CONTENT, SUBMITTED.plusSeconds(1));
        idea.publish(MODERATOR, SUBMITTED.plusSeconds(2));

        assertThat(idea.eraseAuthor("p-anna", "erased-1", ERASED)).isEmpty();

        assertThat(idea.getAuthorId()).isEqualTo("erased-1");
        assertThat(idea.getStatus()).isEqualTo(IdeaStatus.PUBLISHED);
        assertThat(idea.getTitle()).isEqualTo("Mehr Bänke");
        assertThat(idea.getHistory()).extracting(entry -> entry.by().participantId())
                .containsExactly("erased-1", "erased-1", null);
        assertThat(idea.getHistory().toString()).doesNotContain("p-anna");
    }

    @Test
    void aSubmittedIdeaIsWithdrawnAndLosesItsContentToAPlaceholderInItsLanguage() {
        Idea idea = Idea.submit("idea-2", "mitte", new IdeaContent("Bike lanes", "Too few", "Paint them", null,
                Set.of(), null, Language.EN), "p-anna", SUBMITTED);

        assertThat(idea.eraseAuthor("p-anna", "erased-1", ERASED))
                .containsExactly(new IdeaWithdrawn("idea-2", "mitte", "SUBMITTED", ERASED));

        assertThat(idea.getStatus()).isEqualTo(IdeaStatus.WITHDRAWN);
        assertThat(idea.getTitle()).isEqualTo("Deleted idea");
        assertThat(idea.getProblem()).startsWith("This idea was deleted");
        assertThat(idea.getProposal()).isNull();
        assertThat(idea.getHistory()).allMatch(entry -> "erased-1".equals(entry.by().participantId()));
    }

    @Test
    void anotherAuthorsIdeaAndAnIdeaErasedAlreadyStayAsTheyAre() {
        Idea bens = Idea.submit("idea-3", "mitte", CONTENT, "p-ben", SUBMITTED);

        assertThat(bens.eraseAuthor("p-anna", "erased-1", ERASED)).isEmpty();
        assertThat(bens.getAuthorId()).isEqualTo("p-ben");
        assertThat(bens.getStatus()).isEqualTo(IdeaStatus.SUBMITTED);
        assertThat(bens.getTitle()).isEqualTo("Mehr Bänke");
    }
}
