package berlin.gemeinsam.ideas.idea;

import berlin.gemeinsam.events.Category;
import berlin.gemeinsam.events.ideas.IdeaArchived;
import berlin.gemeinsam.events.ideas.IdeaShortlisted;
import berlin.gemeinsam.ideas.idea.domain.Actor;
import berlin.gemeinsam.ideas.idea.domain.HistoryEntry;
import berlin.gemeinsam.ideas.idea.domain.Idea;
import berlin.gemeinsam.ideas.idea.domain.IdeaContent;
import berlin.gemeinsam.ideas.idea.domain.IdeaStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** What the unit's own rules do to an idea: shortlisting at a threshold of supports, archiving after inactivity. */
class AutomaticModerationTest {

    private static final Actor MODERATOR = Actor.staff("MODERATOR", "mitte");
    private static final Instant SUBMITTED = Instant.parse("2026-01-10T10:00:00Z");
    private static final Duration HALF_A_YEAR = Duration.ofDays(180);

    private static Idea submitted() {
        IdeaContent content = new IdeaContent("Schattenbäume", "Zu heiß", null, null, null, null, null);
        return Idea.submit("idea-1", "mitte", content, "anna", SUBMITTED);
    }

    private static Idea published() {
        Idea idea = submitted();
        idea.publish(MODERATOR, SUBMITTED.plusSeconds(60));
        return idea;
    }

    private static Instant countSupports(Idea idea, int supports) {
        Instant at = SUBMITTED.plus(Duration.ofDays(1));
        for (int support = 0; support < supports; support++) {
            at = at.plusSeconds(1);
            assertThat(idea.countSupportAt(idea.nextSupportPlace(), at)).isTrue();
        }
        return at;
    }

    @Test
    void theSupportThatReachesTheThresholdShortlistsThePublishedIdeaByTheSystem() {
        Idea idea = published();
        Instant at = countSupports(idea, 2);
        assertThat(idea.shortlistOnReaching(3, at)).isEmpty();
        assertThat(idea.getStatus()).isEqualTo(IdeaStatus.PUBLISHED);

        at = countSupports(idea, 1);
        Optional<IdeaShortlisted> shortlisted = idea.shortlistOnReaching(3, at);

        assertThat(shortlisted).hasValueSatisfying(event -> {
            assertThat(event.ideaId()).isEqualTo("idea-1");
            assertThat(event.unit()).isEqualTo("mitte");
            assertThat(event.title()).isEqualTo("Schattenbäume");
        });
        assertThat(idea.getStatus()).isEqualTo(IdeaStatus.SHORTLISTED);
        HistoryEntry entry = idea.getHistory().get(idea.getHistory().size() - 1);
        assertThat(entry.change()).isEqualTo("shortlist");
        assertThat(entry.from()).isEqualTo(IdeaStatus.PUBLISHED);
        assertThat(entry.by()).isEqualTo(Actor.system("mitte"));
        assertThat(entry.reason()).contains("3");
        assertThat(idea.getChangedAt()).isEqualTo(at);
    }

    @Test
    void aShortlistedIdeaIsNotShortlistedAgainByLaterSupports() {
        Idea idea = published();
        Instant at = countSupports(idea, 3);
        assertThat(idea.shortlistOnReaching(3, at)).isPresent();

        at = countSupports(idea, 1);

        assertThat(idea.shortlistOnReaching(3, at)).isEmpty();
        assertThat(idea.getHistory()).filteredOn(entry -> entry.change().equals("shortlist")).hasSize(1);
    }

    @Test
    void aThresholdOfZeroShortlistsNothing() {
        Idea idea = published();
        Instant at = countSupports(idea, 5);

        assertThat(idea.shortlistOnReaching(0, at)).isEmpty();
        assertThat(idea.getStatus()).isEqualTo(IdeaStatus.PUBLISHED);
    }

    @Test
    void onlyPublishedIdeasAreShortlistedByTheirSupports() {
        Idea idea = submitted();
        Instant at = countSupports(idea, 3);

        assertThat(idea.shortlistOnReaching(3, at)).isEmpty();
        assertThat(idea.getStatus()).isEqualTo(IdeaStatus.SUBMITTED);
    }

    @Test
    void anIdeaAboveALoweredThresholdIsShortlistedByItsNextSupport() {
        Idea idea = published();
        countSupports(idea, 10);
        Instant at = countSupports(idea, 1);

        assertThat(idea.shortlistOnReaching(5, at)).isPresent();
    }

    @Test
    void aPublishedIdeaWithoutActivityForTheTimeIsArchivedByTheSystemWithAReason() {
        Idea idea = published();
        Instant lastActivity = countSupports(idea, 1);
        Instant now = lastActivity.plus(HALF_A_YEAR).plusSeconds(1);

        Optional<IdeaArchived> archived = idea.archiveWhenInactive(HALF_A_YEAR, now);

        assertThat(archived).hasValueSatisfying(event -> {
            assertThat(event.previousStatus()).isEqualTo("PUBLISHED");
            assertThat(event.reason()).isEqualTo("Automatisch archiviert: seit 180 Tagen ohne Aktivität");
            assertThat(event.archivedAt()).isEqualTo(now);
        });
        assertThat(idea.getStatus()).isEqualTo(IdeaStatus.ARCHIVED);
        assertThat(idea.getClosedAt()).isEqualTo(now);
        HistoryEntry entry = idea.getHistory().get(idea.getHistory().size() - 1);
        assertThat(entry.change()).isEqualTo("archive");
        assertThat(entry.by()).isEqualTo(Actor.system("mitte"));
        assertThat(entry.reason()).isEqualTo("Automatisch archiviert: seit 180 Tagen ohne Aktivität");
    }

    @Test
    void aShortlistedIdeaWithoutActivityIsArchivedToo() {
        Idea idea = published();
        idea.shortlist(MODERATOR, SUBMITTED.plusSeconds(120));

        assertThat(idea.archiveWhenInactive(HALF_A_YEAR, SUBMITTED.plus(HALF_A_YEAR).plusSeconds(121)))
                .hasValueSatisfying(event -> assertThat(event.previousStatus()).isEqualTo("SHORTLISTED"));
    }

    @Test
    void aCountedSupportOrAChangeWithinTheTimeKeepsTheIdeaOpen() {
        Idea idea = published();
        Instant lastActivity = countSupports(idea, 1);

        assertThat(idea.archiveWhenInactive(HALF_A_YEAR, lastActivity.plus(HALF_A_YEAR))).isEmpty();
        assertThat(idea.getStatus()).isEqualTo(IdeaStatus.PUBLISHED);
    }

    @Test
    void anInactivityOfZeroArchivesNothing() {
        Idea idea = published();

        assertThat(idea.archiveWhenInactive(Duration.ZERO, SUBMITTED.plus(Duration.ofDays(3650)))).isEmpty();
        assertThat(idea.getStatus()).isEqualTo(IdeaStatus.PUBLISHED);
    }

    @Test
    void submittedArchivedAndOtherwiseClosedIdeasAreNotArchivedByInactivity() {
        Instant muchLater = SUBMITTED.plus(Duration.ofDays(3650));
        Idea waiting = submitted();
        Idea archived = published();
        archived.archive(null, MODERATOR, SUBMITTED.plusSeconds(120));
        Idea withdrawn = published();
        withdrawn.withdraw(SUBMITTED.plusSeconds(120));

        assertThat(waiting.archiveWhenInactive(HALF_A_YEAR, muchLater)).isEmpty();
        assertThat(archived.archiveWhenInactive(HALF_A_YEAR, muchLater)).isEmpty();
        assertThat(withdrawn.archiveWhenInactive(HALF_A_YEAR, muchLater)).isEmpty();
        assertThat(archived.getHistory()).filteredOn(entry -> entry.change().equals("archive")).hasSize(1);
        assertThat(waiting.getStatus()).isEqualTo(IdeaStatus.SUBMITTED);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Mobilität | MOBILITY",
            "mobility | MOBILITY",
            " Umwelt & Klima  | ENVIRONMENT_CLIMATE",
            "Umwelt und Klima | ENVIRONMENT_CLIMATE",
            "environment and climate | ENVIRONMENT_CLIMATE",
            "TEILHABE & SOZIALES | PARTICIPATION_SOCIAL",
            "Digital infrastructure | DIGITAL_INFRASTRUCTURE",
            "Stadtentwicklung und Wohnen | URBAN_DEVELOPMENT_HOUSING"})
    void aStoredLabelInGermanOrEnglishNamesItsFieldOfAction(String label, Category category) {
        assertThat(Category.ofLabel(label)).hasValue(category);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Verkehr", "Sonstiges", "", "Umwelt"})
    void anyOtherTextNamesNoFieldOfAction(String label) {
        assertThat(Category.ofLabel(label)).isEmpty();
    }
}
