package berlin.gemeinsam.ideas.idea;

import berlin.gemeinsam.events.Category;
import berlin.gemeinsam.events.GuidingPrinciple;
import berlin.gemeinsam.events.ideas.IdeaAdopted;
import berlin.gemeinsam.events.ideas.IdeaAdoptionDeclined;
import berlin.gemeinsam.events.ideas.IdeaAdoptionDeclinedV2;
import berlin.gemeinsam.events.ideas.IdeaArchived;
import berlin.gemeinsam.events.ideas.IdeaEdited;
import berlin.gemeinsam.events.ideas.IdeaPublished;
import berlin.gemeinsam.events.ideas.IdeaRejected;
import berlin.gemeinsam.events.ideas.IdeaShortlisted;
import berlin.gemeinsam.events.ideas.IdeaWithdrawn;
import berlin.gemeinsam.ideas.idea.domain.Actor;
import berlin.gemeinsam.ideas.idea.domain.Idea;
import berlin.gemeinsam.ideas.idea.domain.IdeaContent;
import berlin.gemeinsam.ideas.idea.domain.IdeaStatus;
import berlin.gemeinsam.ideas.idea.domain.Language;
import berlin.gemeinsam.ideas.idea.domain.Location;
import berlin.gemeinsam.platform.errors.StateConflictException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every change of an idea in every status: the allowed ones and their events, the forbidden ones as conflicts. */
class IdeaLifecycleTest {

    private static final Actor MODERATOR = Actor.staff("MODERATOR", "mitte");
    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    private static final String MEASURE = "0194a1b2-0000-7000-8000-000000000001";
    private static final IdeaContent REWRITTEN = new IdeaContent("Radweg Torstraße", "Kein Radweg", "Einen bauen",
            Category.MOBILITY, Set.of(GuidingPrinciple.SUSTAINABILITY), new Location(52.529, 13.401), Language.EN);

    /** The changes a person can ask for, each applied to an idea. */
    private static final Map<String, Consumer<Idea>> CHANGES = Map.of(
            "publish", idea -> idea.publish(MODERATOR, NOW),
            "reject", idea -> idea.reject("Nicht zuständig", MODERATOR, NOW),
            "withdraw", idea -> idea.withdraw(NOW),
            "shortlist", idea -> idea.shortlist(MODERATOR, NOW),
            "archive", idea -> idea.archive(null, MODERATOR, NOW),
            "edit", idea -> idea.editByModerator(REWRITTEN, MODERATOR, NOW),
            "merge", idea -> idea.mergeInto(survivor("idea-2"), MODERATOR, NOW));

    /** What each status allows, written out rather than read from {@link IdeaStatus}. */
    private static final Map<IdeaStatus, Set<String>> ALLOWED = Map.of(
            IdeaStatus.SUBMITTED, Set.of("publish", "reject", "withdraw", "edit", "merge"),
            IdeaStatus.PUBLISHED, Set.of("shortlist", "archive", "withdraw", "edit", "merge"),
            IdeaStatus.SHORTLISTED, Set.of("archive", "edit", "merge"),
            IdeaStatus.ADOPTED, Set.of(),
            IdeaStatus.REJECTED, Set.of(),
            IdeaStatus.WITHDRAWN, Set.of(),
            IdeaStatus.ARCHIVED, Set.of(),
            IdeaStatus.MERGED, Set.of());

    private static Idea submitted() {
        return Idea.submit("idea-1", "mitte", new IdeaContent("Mehr Bänke", "Am Ufer fehlen Sitzplätze", null,
                Category.URBAN_DEVELOPMENT_HOUSING, Set.of(), null, null), "p-1", NOW);
    }

    /** A published idea of the unit that a duplicate can be merged into. */
    static Idea survivor(String id) {
        Idea survivor = Idea.submit(id, "mitte", new IdeaContent("Bänke am Ufer", "Zu wenig Sitzplätze", null,
                null, Set.of(), null, null), "p-2", NOW);
        survivor.publish(MODERATOR, NOW);
        return survivor;
    }

    /** An idea brought into {@code status} by the changes that lead there. */
    static Idea in(IdeaStatus status) {
        Idea idea = submitted();
        switch (status) {
            case SUBMITTED -> { }
            case PUBLISHED -> idea.publish(MODERATOR, NOW);
            case SHORTLISTED -> {
                idea.publish(MODERATOR, NOW);
                idea.shortlist(MODERATOR, NOW);
            }
            case ADOPTED -> {
                idea.publish(MODERATOR, NOW);
                idea.adoptAs(MEASURE, "mitte", NOW);
            }
            case REJECTED -> idea.reject("Doppelt", MODERATOR, NOW);
            case WITHDRAWN -> idea.withdraw(NOW);
            case ARCHIVED -> {
                idea.publish(MODERATOR, NOW);
                idea.archive(null, MODERATOR, NOW);
            }
            case MERGED -> {
                idea.publish(MODERATOR, NOW);
                // another survivor than the one the changes name: merging into the same one again is no change
                idea.mergeInto(survivor("idea-3"), MODERATOR, NOW);
            }
        }
        assertThat(idea.getStatus()).isEqualTo(status);
        return idea;
    }

    static Stream<Arguments> everyChangeInEveryStatus() {
        return Arrays.stream(IdeaStatus.values())
                .flatMap(status -> CHANGES.keySet().stream().sorted().map(change -> Arguments.of(status, change)));
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("everyChangeInEveryStatus")
    void aChangeIsMadeWhereItsStatusAllowsItAndIsAConflictNamingStatusAndAllowedChangesElsewhere(IdeaStatus status,
                                                                                               String change) {
        Idea idea = in(status);

        if (ALLOWED.get(status).contains(change)) {
            CHANGES.get(change).accept(idea);
            IdeaStatus expected = switch (change) {
                case "publish" -> IdeaStatus.PUBLISHED;
                case "reject" -> IdeaStatus.REJECTED;
                case "withdraw" -> IdeaStatus.WITHDRAWN;
                case "shortlist" -> IdeaStatus.SHORTLISTED;
                case "archive" -> IdeaStatus.ARCHIVED;
                case "merge" -> IdeaStatus.MERGED;
                default -> status;
            };
            assertThat(idea.getStatus()).isEqualTo(expected);
        } else {
            assertThatThrownBy(() -> CHANGES.get(change).accept(idea))
                    .isInstanceOfSatisfying(StateConflictException.class, conflict -> {
                        assertThat(conflict.currentState()).isEqualTo(status.name());
                        assertThat(conflict.allowedChanges()).isEqualTo(status.allowedChanges());
                    });
            assertThat(idea.getStatus()).isEqualTo(status);
        }
    }

    @Test
    void aRejectionKeepsItsReasonForTheAuthorAndClosesTheIdea() {
        Idea idea = in(IdeaStatus.SUBMITTED);

        IdeaRejected rejected = idea.reject("Das gehört zum Bezirk Pankow", MODERATOR, NOW);

        assertThat(rejected).isEqualTo(new IdeaRejected("idea-1", "mitte", "Das gehört zum Bezirk Pankow", NOW));
        assertThat(idea.getStatus()).isEqualTo(IdeaStatus.REJECTED);
        assertThat(idea.getRejectionReason()).isEqualTo("Das gehört zum Bezirk Pankow");
        assertThat(idea.getClosedAt()).isEqualTo(NOW);
        assertThat(idea.isPublic()).isFalse();
    }

    @Test
    void aWithdrawalSaysWhetherTheIdeaHadBeenPublic() {
        assertThat(in(IdeaStatus.SUBMITTED).withdraw(NOW).previousStatus()).isEqualTo("SUBMITTED");
        Idea published = in(IdeaStatus.PUBLISHED);
        IdeaWithdrawn withdrawn = published.withdraw(NOW);
        assertThat(withdrawn).isEqualTo(new IdeaWithdrawn("idea-1", "mitte", "PUBLISHED", NOW));
        assertThat(published.isPublic()).isFalse();
    }

    @Test
    void aShortlistedIdeaStaysPublicAndCanStillBeAdoptedOrArchived() {
        Idea idea = in(IdeaStatus.PUBLISHED);

        IdeaShortlisted shortlisted = idea.shortlist(MODERATOR, NOW);

        assertThat(shortlisted).isEqualTo(new IdeaShortlisted("idea-1", "mitte", "Mehr Bänke", NOW));
        assertThat(idea.isPublic()).isTrue();
        Optional<Record> adopted = idea.adoptAs(MEASURE, "pankow", NOW);
        assertThat(adopted).containsInstanceOf(IdeaAdopted.class);
        assertThat(idea.getStatus()).isEqualTo(IdeaStatus.ADOPTED);

        IdeaArchived archived = in(IdeaStatus.SHORTLISTED).archive("Ein Jahr ohne Unterstützung", MODERATOR, NOW);
        assertThat(archived).isEqualTo(new IdeaArchived("idea-1", "mitte", "SHORTLISTED",
                "Ein Jahr ohne Unterstützung", NOW));
    }

    static Stream<IdeaStatus> notOpenForAdoption() {
        return Stream.of(IdeaStatus.SUBMITTED, IdeaStatus.REJECTED, IdeaStatus.WITHDRAWN, IdeaStatus.ARCHIVED,
                IdeaStatus.MERGED);
    }

    @ParameterizedTest(name = "a measure proposed from an idea in {0} is declined")
    @MethodSource("notOpenForAdoption")
    void ideasNotOpenForAdoptionDeclineAMeasureAndStayAsTheyAre(IdeaStatus status) {
        Idea idea = in(status);

        Optional<Record> answer = idea.adoptAs(MEASURE, "pankow", NOW);

        assertThat(answer).contains(new IdeaAdoptionDeclinedV2("idea-1", "mitte", MEASURE, "pankow",
                IdeaAdoptionDeclined.NOT_PUBLISHED, status.name(), null, NOW));
        assertThat(idea.getStatus()).isEqualTo(status);
    }

    @Test
    void aMeasureIsAnsweredOnceWhateverItAsksAgain() {
        Idea idea = in(IdeaStatus.PUBLISHED);
        assertThat(idea.adoptAs(MEASURE, "pankow", NOW)).containsInstanceOf(IdeaAdopted.class);

        assertThat(idea.adoptAs("measure-2", "mitte", NOW)).containsInstanceOf(IdeaAdoptionDeclinedV2.class);
        assertThat(idea.adoptAs("measure-2", "mitte", NOW)).isEmpty();
        assertThat(idea.adoptAs(MEASURE, "pankow", NOW)).isEmpty();
        assertThat(idea.adoptAs("measure-3", "mitte", NOW)).containsInstanceOf(IdeaAdoptionDeclinedV2.class);
        assertThat(idea.getMeasureId()).isEqualTo(MEASURE);
    }

    @Test
    void theAuthorEditsOnlyWhileTheIdeaIsSubmitted() {
        Idea idea = in(IdeaStatus.SUBMITTED);

        IdeaEdited edited = idea.editByAuthor(REWRITTEN, NOW);

        assertThat(edited).isEqualTo(new IdeaEdited("idea-1", "mitte", "SUBMITTED", "Radweg Torstraße",
                "Kein Radweg", "Einen bauen", "MOBILITY", List.of("SUSTAINABILITY"), 52.529, 13.401, "en", NOW));
        assertThat(idea.getTitle()).isEqualTo("Radweg Torstraße");
        assertThat(idea.getCategory()).isEqualTo(Category.MOBILITY);
        assertThat(idea.getLocation()).isEqualTo(new Location(52.529, 13.401));
        assertThat(idea.getLanguage()).isEqualTo(Language.EN);

        for (IdeaStatus later : List.of(IdeaStatus.PUBLISHED, IdeaStatus.SHORTLISTED, IdeaStatus.ADOPTED,
                IdeaStatus.REJECTED, IdeaStatus.WITHDRAWN, IdeaStatus.ARCHIVED, IdeaStatus.MERGED)) {
            Idea moderated = in(later);
            assertThatThrownBy(() -> moderated.editByAuthor(REWRITTEN, NOW))
                    .as(later.name())
                    .isInstanceOfSatisfying(StateConflictException.class, conflict ->
                            assertThat(conflict.currentState()).isEqualTo(later.name()));
            assertThat(moderated.getTitle()).isEqualTo("Mehr Bänke");
        }
    }

    @Test
    void aModeratorEditOfAPublishedIdeaKeepsItsStatusAndSaysIt() {
        Idea idea = in(IdeaStatus.PUBLISHED);

        IdeaEdited edited = idea.editByModerator(REWRITTEN, MODERATOR, NOW);

        assertThat(edited.status()).isEqualTo("PUBLISHED");
        assertThat(idea.getStatus()).isEqualTo(IdeaStatus.PUBLISHED);
        assertThat(idea.getProblem()).isEqualTo("Kein Radweg");
    }

    @Test
    void publishingStillTellsWhatTheIdeaIs() {
        IdeaPublished published = in(IdeaStatus.SUBMITTED).publish(MODERATOR, NOW);

        assertThat(published.category()).isEqualTo("URBAN_DEVELOPMENT_HOUSING");
    }
}
