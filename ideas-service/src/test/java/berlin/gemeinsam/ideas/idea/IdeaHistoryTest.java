package berlin.gemeinsam.ideas.idea;

import berlin.gemeinsam.events.Category;
import berlin.gemeinsam.ideas.idea.domain.Actor;
import berlin.gemeinsam.ideas.idea.domain.HistoryEntry;
import berlin.gemeinsam.ideas.idea.domain.Idea;
import berlin.gemeinsam.ideas.idea.domain.IdeaContent;
import berlin.gemeinsam.ideas.idea.domain.IdeaStatus;
import berlin.gemeinsam.platform.errors.StateConflictException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The history an idea keeps of its changes: who, when, from, to and why. */
class IdeaHistoryTest {

    private static final Actor MODERATOR = Actor.staff("MODERATOR", "mitte");
    private static final Instant SUBMITTED = Instant.parse("2026-11-30T10:00:00Z");
    private static final IdeaContent CONTENT = new IdeaContent("Mehr Bänke", "Am Ufer fehlen Sitzplätze", null,
            Category.URBAN_DEVELOPMENT_HOUSING, Set.of(), null, null);

    @Test
    void everyChangeIsKeptInOrderWithWhoWhenFromToAndWhy() {
        Idea idea = Idea.submit("idea-1", "mitte", CONTENT, "p-1", SUBMITTED);
        idea.editByAuthor(CONTENT, SUBMITTED.plusSeconds(1));
        idea.publish(MODERATOR, SUBMITTED.plusSeconds(2));
        idea.shortlist(MODERATOR, SUBMITTED.plusSeconds(3));
        idea.archive("Ein Jahr still", MODERATOR, SUBMITTED.plusSeconds(4));

        assertThat(idea.getHistory()).containsExactly(
                new HistoryEntry("submit", null, IdeaStatus.SUBMITTED, Actor.participant("p-1"), SUBMITTED, null),
                new HistoryEntry("edit", IdeaStatus.SUBMITTED, IdeaStatus.SUBMITTED, Actor.participant("p-1"),
                        SUBMITTED.plusSeconds(1), null),
                new HistoryEntry("publish", IdeaStatus.SUBMITTED, IdeaStatus.PUBLISHED, MODERATOR,
                        SUBMITTED.plusSeconds(2), null),
                new HistoryEntry("shortlist", IdeaStatus.PUBLISHED, IdeaStatus.SHORTLISTED, MODERATOR,
                        SUBMITTED.plusSeconds(3), null),
                new HistoryEntry("archive", IdeaStatus.SHORTLISTED, IdeaStatus.ARCHIVED, MODERATOR,
                        SUBMITTED.plusSeconds(4), "Ein Jahr still"));
    }

    @Test
    void aRejectionKeepsItsReasonAWithdrawalTheAuthorAndAnAdoptionTheMeasuresUnit() {
        Idea rejected = Idea.submit("idea-1", "mitte", CONTENT, "p-1", SUBMITTED);
        rejected.reject("Werbung", MODERATOR, SUBMITTED);
        assertThat(rejected.getHistory()).last().isEqualTo(new HistoryEntry("reject", IdeaStatus.SUBMITTED,
                IdeaStatus.REJECTED, MODERATOR, SUBMITTED, "Werbung"));

        Idea withdrawn = Idea.submit("idea-2", "mitte", CONTENT, "p-2", SUBMITTED);
        withdrawn.withdraw(SUBMITTED);
        assertThat(withdrawn.getHistory()).last().extracting(HistoryEntry::by)
                .isEqualTo(Actor.participant("p-2"));

        Idea adopted = Idea.submit("idea-3", "mitte", CONTENT, "p-3", SUBMITTED);
        adopted.publish(MODERATOR, SUBMITTED);
        adopted.adoptAs("measure-1", "pankow", SUBMITTED);
        adopted.adoptAs("measure-1", "pankow", SUBMITTED);
        adopted.adoptAs("measure-2", "central", SUBMITTED);
        assertThat(adopted.getHistory()).hasSize(3).last().isEqualTo(new HistoryEntry("adopt",
                IdeaStatus.PUBLISHED, IdeaStatus.ADOPTED, Actor.measureOf("pankow"), SUBMITTED, null));
    }

    @Test
    void aRefusedChangeLeavesNoEntry() {
        Idea idea = Idea.submit("idea-1", "mitte", CONTENT, "p-1", SUBMITTED);

        assertThatThrownBy(() -> idea.shortlist(MODERATOR, SUBMITTED)).isInstanceOf(StateConflictException.class);

        assertThat(idea.getHistory()).hasSize(1);
    }
}
