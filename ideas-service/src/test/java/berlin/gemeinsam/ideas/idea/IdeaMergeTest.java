package berlin.gemeinsam.ideas.idea;

import berlin.gemeinsam.events.ideas.IdeaMerged;
import berlin.gemeinsam.ideas.idea.domain.Actor;
import berlin.gemeinsam.ideas.idea.domain.HistoryEntry;
import berlin.gemeinsam.ideas.idea.domain.Idea;
import berlin.gemeinsam.ideas.idea.domain.IdeaContent;
import berlin.gemeinsam.ideas.idea.domain.IdeaStatus;
import berlin.gemeinsam.platform.errors.StateConflictException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Merging a duplicate into its surviving idea: from which states, into which, and what both keep of it. */
class IdeaMergeTest {

    private static final Actor MODERATOR = Actor.staff("MODERATOR", "mitte");
    private static final Instant LATER = Instant.parse("2026-12-01T09:00:00Z");
    private static final Set<IdeaStatus> OPEN = Set.of(IdeaStatus.SUBMITTED, IdeaStatus.PUBLISHED,
            IdeaStatus.SHORTLISTED);

    /** An idea with its own id in {@code status}, reached the way the lifecycle reaches it. */
    private static Idea idea(String id, IdeaStatus status) {
        Idea idea = Idea.submit(id, "mitte", new IdeaContent("Bänke am Ufer " + id, "Zu wenig Sitzplätze", null,
                null, Set.of(), null, null), "p-" + id, LATER.minusSeconds(3600));
        switch (status) {
            case SUBMITTED -> { }
            case REJECTED -> idea.reject("Doppelt", MODERATOR, LATER.minusSeconds(900));
            default -> {
                idea.publish(MODERATOR, LATER.minusSeconds(1800));
                switch (status) {
                    case SHORTLISTED -> idea.shortlist(MODERATOR, LATER.minusSeconds(900));
                    case ADOPTED -> idea.adoptAs("m-1", "mitte", LATER.minusSeconds(900));
                    case WITHDRAWN -> idea.withdraw(LATER.minusSeconds(900));
                    case ARCHIVED -> idea.archive(null, MODERATOR, LATER.minusSeconds(900));
                    case MERGED -> idea.mergeInto(idea("elsewhere", IdeaStatus.PUBLISHED), MODERATOR,
                            LATER.minusSeconds(900));
                    default -> { }
                }
            }
        }
        assertThat(idea.getStatus()).isEqualTo(status);
        return idea;
    }

    static Stream<Arguments> everyDuplicateIntoEverySurvivor() {
        return Arrays.stream(IdeaStatus.values()).flatMap(duplicate -> Arrays.stream(IdeaStatus.values())
                .map(survivor -> Arguments.of(duplicate, survivor)));
    }

    @ParameterizedTest(name = "{0} into {1}")
    @MethodSource("everyDuplicateIntoEverySurvivor")
    void anOpenIdeaMergesIntoAnOpenOrAdoptedOneThePublicCanReadWhereverItsReadersCouldAndNothingElseMerges(
            IdeaStatus duplicateStatus, IdeaStatus survivorStatus) {
        Idea duplicate = idea("duplicate", duplicateStatus);
        Idea survivor = idea("survivor", survivorStatus);
        boolean survivorTakesIt = OPEN.contains(survivorStatus) || survivorStatus == IdeaStatus.ADOPTED;
        boolean readersCanFollow = duplicateStatus == IdeaStatus.SUBMITTED || survivorStatus != IdeaStatus.SUBMITTED;

        if (OPEN.contains(duplicateStatus) && survivorTakesIt && readersCanFollow) {
            Optional<IdeaMerged> merged = duplicate.mergeInto(survivor, MODERATOR, LATER);

            assertThat(merged).contains(new IdeaMerged("duplicate", "mitte", "Bänke am Ufer duplicate", "survivor",
                    duplicateStatus.name(), LATER));
            assertThat(duplicate.getStatus()).isEqualTo(IdeaStatus.MERGED);
            assertThat(duplicate.getMergedInto()).isEqualTo("survivor");
            assertThat(duplicate.getClosedAt()).isEqualTo(LATER);
            assertThat(duplicate.isPublic()).isEqualTo(duplicateStatus != IdeaStatus.SUBMITTED);
            assertThat(duplicate.getHistory()).last().isEqualTo(new HistoryEntry("merge", duplicateStatus,
                    IdeaStatus.MERGED, MODERATOR, LATER, "merged into survivor"));
        } else {
            String stateNamed = OPEN.contains(duplicateStatus) ? survivorStatus.name() : duplicateStatus.name();
            String mergedBefore = duplicate.getMergedInto();
            assertThatThrownBy(() -> duplicate.mergeInto(survivor, MODERATOR, LATER))
                    .isInstanceOfSatisfying(StateConflictException.class, conflict ->
                            assertThat(conflict.currentState()).isEqualTo(stateNamed));
            assertThat(duplicate.getStatus()).isEqualTo(duplicateStatus);
            assertThat(duplicate.getMergedInto()).isEqualTo(mergedBefore);
        }
    }

    @Test
    void anIdeaIsNoDuplicateOfItself() {
        Idea idea = idea("same", IdeaStatus.PUBLISHED);

        assertThatThrownBy(() -> idea.mergeInto(idea, MODERATOR, LATER))
                .isInstanceOfSatisfying(StateConflictException.class, conflict -> {
                    assertThat(conflict.resource()).isEqualTo("surviving-idea");
                    assertThat(conflict.attemptedChange()).isEqualTo("merge into itself");
                });
        assertThat(idea.getStatus()).isEqualTo(IdeaStatus.PUBLISHED);
    }

    @Test
    void mergingAgainIntoTheSameSurvivorChangesNothingAndIntoAnotherIsAConflict() {
        Idea duplicate = idea("duplicate", IdeaStatus.PUBLISHED);
        Idea survivor = idea("survivor", IdeaStatus.PUBLISHED);
        duplicate.mergeInto(survivor, MODERATOR, LATER);

        assertThat(duplicate.mergeInto(survivor, MODERATOR, LATER.plusSeconds(60))).isEmpty();
        assertThat(duplicate.getHistory()).filteredOn(entry -> "merge".equals(entry.change())).hasSize(1);
        assertThatThrownBy(() -> duplicate.mergeInto(idea("other", IdeaStatus.PUBLISHED), MODERATOR, LATER))
                .isInstanceOfSatisfying(StateConflictException.class, conflict -> {
                    assertThat(conflict.currentState()).isEqualTo("MERGED");
                    assertThat(conflict.allowedChanges()).isEmpty();
                });
    }

    @Test
    void theSurvivorNotesWhatItAbsorbedOnceAndKeepsItsStatus() {
        Idea duplicate = idea("duplicate", IdeaStatus.SHORTLISTED);
        Idea survivor = idea("survivor", IdeaStatus.ADOPTED);
        assertThat(survivor.absorb(duplicate, MODERATOR, LATER)).as("not merged yet").isFalse();
        duplicate.mergeInto(survivor, MODERATOR, LATER);

        assertThat(survivor.absorb(duplicate, MODERATOR, LATER)).isTrue();
        assertThat(survivor.absorb(duplicate, MODERATOR, LATER.plusSeconds(60))).isFalse();

        assertThat(survivor.getStatus()).isEqualTo(IdeaStatus.ADOPTED);
        assertThat(survivor.getHistory()).filteredOn(entry -> "absorb".equals(entry.change())).containsExactly(
                new HistoryEntry("absorb", IdeaStatus.ADOPTED, IdeaStatus.ADOPTED, MODERATOR, LATER,
                        "absorbed duplicate"));
        assertThat(idea("unrelated", IdeaStatus.PUBLISHED).absorb(duplicate, MODERATOR, LATER)).isFalse();
    }

    @ParameterizedTest(name = "merged from {0}")
    @EnumSource(value = IdeaStatus.class, names = {"SUBMITTED", "PUBLISHED", "SHORTLISTED"})
    void aMergedIdeaIsReadableByThoseWhoCouldReadItBefore(IdeaStatus before) {
        Idea duplicate = idea("duplicate", before);
        boolean publicBefore = duplicate.isPublic();

        duplicate.mergeInto(idea("survivor", IdeaStatus.PUBLISHED), MODERATOR, LATER);

        assertThat(duplicate.isPublic()).isEqualTo(publicBefore);
    }
}
