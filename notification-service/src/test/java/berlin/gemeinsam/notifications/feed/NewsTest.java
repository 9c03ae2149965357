package berlin.gemeinsam.notifications.feed;

import berlin.gemeinsam.events.ideas.IdeaAdopted;
import berlin.gemeinsam.events.ideas.IdeaMerged;
import berlin.gemeinsam.events.ideas.IdeaPublished;
import berlin.gemeinsam.events.ideas.IdeaPublishedV2;
import berlin.gemeinsam.events.measures.MeasureHealthChanged;
import berlin.gemeinsam.events.measures.MeasureProposed;
import berlin.gemeinsam.events.measures.MeasureProposedV2;
import berlin.gemeinsam.events.participation.FormatWaitlistPromoted;
import berlin.gemeinsam.notifications.feed.domain.News;
import berlin.gemeinsam.notifications.feed.domain.Occurrence;
import berlin.gemeinsam.notifications.feed.domain.Wording;
import berlin.gemeinsam.notifications.subscriptions.domain.GeoPoint;
import berlin.gemeinsam.notifications.subscriptions.domain.Publication;
import berlin.gemeinsam.notifications.subscriptions.domain.Target;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Who hears of which event, and what the entry says about the event. */
class NewsTest {

    private static final Instant TIME = Instant.parse("2026-11-26T10:00:00Z");

    private static Occurrence occurrence(String type, String subject, String unit, String service) {
        return new Occurrence("/units/" + unit + "/" + service + "|event-1", type, subject, unit, TIME);
    }

    @Test
    void aPublishedIdeaReachesTheFollowersOfItsUnitAndOfTheIdea() {
        News news = News.of(new IdeaPublished("idea-1", "mitte", "Bänke am Spreeufer", "Kaum Sitzplätze", null,
                null, TIME), occurrence("berlin.gemeinsam.idea.published.v1", "idea-1", "mitte", "ideas-service"));

        assertThat(news.audience()).containsExactly(Target.unit("mitte"), Target.idea("idea-1"));
        assertThat(news.wording()).isEqualTo(
                new Wording("notification.idea-published", "mitte", "Bänke am Spreeufer"));
        assertThat(news.eventKey()).isEqualTo("idea.published|idea-1");
        assertThat(news.eventType()).isEqualTo("berlin.gemeinsam.idea.published.v1");
        assertThat(news.subject()).isEqualTo("idea-1");
        assertThat(news.unit()).isEqualTo("mitte");
        assertThat(news.time()).isEqualTo(TIME);
    }

    @Test
    void aMergedIdeaReachesOnlyItsOwnFollowersWithItsTitle() {
        News news = News.of(new IdeaMerged("idea-1", "mitte", "Sitzplätze an der Spree", "idea-2", "PUBLISHED", TIME),
                occurrence("berlin.gemeinsam.idea.merged.v1", "idea-1", "mitte", "ideas-service"));

        assertThat(news.audience()).containsExactly(Target.idea("idea-1"));
        assertThat(news.wording()).isEqualTo(
                new Wording("notification.idea-merged", "mitte", "Sitzplätze an der Spree"));
        assertThat(news.subject()).isEqualTo("idea-1");
    }

    @Test
    void anAdoptedIdeaReachesTheFollowersOfItsUnitAndOfTheIdeaButNotOfTheNewMeasure() {
        News news = News.of(new IdeaAdopted("idea-1", "pankow", "Trinkbrunnen", "measure-1", "central", TIME),
                occurrence("berlin.gemeinsam.idea.adopted.v1", "idea-1", "pankow", "ideas-service"));

        assertThat(news.audience()).containsExactly(Target.unit("pankow"), Target.idea("idea-1"));
        assertThat(news.wording().code()).isEqualTo("notification.idea-adopted");
        assertThat(news.wording().title()).isEqualTo("Trinkbrunnen");
    }

    @Test
    void aProposedMeasureReachesTheFollowersOfItsUnitAndOfTheMeasureButNotOfItsSourceIdea() {
        News news = News.of(new MeasureProposed("measure-1", "central", "Trinkbrunnen für alle", "Wasser",
                "NETWORK", "idea-1", TIME), occurrence("berlin.gemeinsam.measure.proposed.v1", "measure-1", "central",
                "measures-service"));

        assertThat(news.audience()).containsExactly(Target.unit("central"), Target.measure("measure-1"));
        assertThat(news.wording()).isEqualTo(
                new Wording("notification.measure-proposed", "central", "Trinkbrunnen für alle"));
    }

    @Test
    void bothVersionsOfAProposalAreTheSameNews() {
        News v1 = News.of(new MeasureProposed("measure-1", "mitte", "Schattenbäume", "Schatten", "DECENTRAL",
                "idea-1", TIME), new Occurrence("/units/mitte/measures-service|event-1",
                "berlin.gemeinsam.measure.proposed.v1", "measure-1", "mitte", TIME.plusMillis(3)));
        News v2 = News.of(new MeasureProposedV2("measure-1", "mitte", "Schattenbäume", "Schatten", "DECENTRAL",
                "idea-1", List.of(), List.of(), List.of(), List.of("idea-1"), TIME), new Occurrence(
                "/units/mitte/measures-service|event-2", "berlin.gemeinsam.measure.proposed.v2", "measure-1", "mitte",
                TIME.plusMillis(4)));

        assertThat(v2.eventKey()).isEqualTo(v1.eventKey());
        assertThat(v2.time()).isEqualTo(v1.time()).isEqualTo(TIME);
        assertThat(v2.audience()).isEqualTo(v1.audience());
        assertThat(v2.wording()).isEqualTo(v1.wording());
    }

    @Test
    void aHealthChangeReachesTheFollowersOfTheMeasureAndOfItsIdeasButNotOfItsUnit() {
        News news = News.of(new MeasureHealthChanged("measure-1", "mitte", "Schattenbäume", "ON_TRACK", "OFF_TRACK",
                20, 2, TIME), occurrence("berlin.gemeinsam.measure.health-changed.v1", "measure-1", "mitte",
                "measures-service"), List.of("idea-1", "idea-2"));

        assertThat(news.audience()).containsExactly(Target.measure("measure-1"), Target.idea("idea-1"),
                Target.idea("idea-2"));
        assertThat(news.wording()).isEqualTo(
                new Wording("notification.measure-health-changed.OFF_TRACK", "mitte", "Schattenbäume"));
    }

    @Test
    void aHealthWithoutWordsOfItsOwnIsToldInGeneralWords() {
        News news = News.of(new MeasureHealthChanged("measure-1", "mitte", "Schattenbäume", "ON_TRACK", "PAUSED",
                20, 0, TIME), occurrence("berlin.gemeinsam.measure.health-changed.v1", "measure-1", "mitte",
                "measures-service"), List.of());

        assertThat(news.audience()).containsExactly(Target.measure("measure-1"));
        assertThat(news.wording().code()).isEqualTo("notification.measure-health-changed");
    }

    @Test
    void bothVersionsOfAPublishedIdeaAreOneNewsAndV2AlsoReachesItsFieldOfActionAndSavedSearches() {
        News v1 = News.of(new IdeaPublished("idea-1", "mitte", "Bänke", "Kaum Sitzplätze", null, "MOBILITY", TIME),
                occurrence("berlin.gemeinsam.idea.published.v1", "idea-1", "mitte", "ideas-service"));
        News v2 = News.of(new IdeaPublishedV2("idea-1", "mitte", "Bänke", "Kaum Sitzplätze", "Mehr Bänke",
                "MOBILITY", List.of(), 52.52, 13.40, "de", TIME), new Occurrence("/units/mitte/ideas-service|event-2",
                "berlin.gemeinsam.idea.published.v2", "idea-1", "mitte", TIME.plusMillis(5)));

        assertThat(v2.eventKey()).isEqualTo(v1.eventKey());
        assertThat(v2.time()).isEqualTo(v1.time()).isEqualTo(TIME);
        assertThat(v1.audience()).containsExactly(Target.unit("mitte"), Target.idea("idea-1"),
                Target.category("MOBILITY"));
        assertThat(v2.audience()).isEqualTo(v1.audience());
        assertThat(v1.publication()).isEmpty();
        assertThat(v2.publication()).contains(new Publication("mitte", Set.of("MOBILITY"),
                Optional.of(new GeoPoint(52.52, 13.40)), List.of("Bänke", "Kaum Sitzplätze", "Mehr Bänke")));
    }

    /**
     * Whichever version of a publication comes second finds its audience told by the first and tells only the saved
     * searches; a proposal's v2 reaches fields of action its v1 does not, so its audience is told apart.
     */
    @Test
    void versionsToTheSameAudienceAchieveTheSameTellingAndWhatIsLeftIsTheSavedSearches() {
        News v1 = News.of(new IdeaPublished("idea-1", "mitte", "Bänke", "Kaum Sitzplätze", null, "MOBILITY", TIME),
                occurrence("berlin.gemeinsam.idea.published.v1", "idea-1", "mitte", "ideas-service"));
        News v2 = News.of(new IdeaPublishedV2("idea-1", "mitte", "Bänke", "Kaum Sitzplätze", "Mehr Bänke",
                "MOBILITY", List.of(), 52.52, 13.40, "de", TIME), occurrence("berlin.gemeinsam.idea.published.v2",
                "idea-1", "mitte", "ideas-service"));
        News measureV1 = News.of(new MeasureProposed("measure-1", "mitte", "Schattenbäume", "Schatten", "DECENTRAL",
                null, TIME), occurrence("berlin.gemeinsam.measure.proposed.v1", "measure-1", "mitte",
                "measures-service"));
        News measureV2 = News.of(new MeasureProposedV2("measure-1", "mitte", "Schattenbäume", "Schatten",
                "DECENTRAL", null, List.of(), List.of("Umwelt & Klima"), List.of(), List.of(), TIME),
                occurrence("berlin.gemeinsam.measure.proposed.v2", "measure-1", "mitte", "measures-service"));

        assertThat(v2.toldToAudience()).isEqualTo(v1.toldToAudience());
        assertThat(measureV2.toldToAudience()).isNotEqualTo(measureV1.toldToAudience());
        assertThat(v2.withoutAudience().audience()).isEmpty();
        assertThat(v2.withoutAudience().publication()).isEqualTo(v2.publication());
        assertThat(v2.withoutAudience().eventKey()).isEqualTo(v2.eventKey());
        assertThat(v1.withoutAudience().publication()).isEmpty();
    }

    @Test
    void aProposedMeasureV2ReachesItsFieldsOfActionAndSavedSearchesWithoutAPlace() {
        News news = News.of(new MeasureProposedV2("measure-1", "mitte", "Trinkbrunnen", "Wasser im Sommer",
                        "NETWORK", null, List.of(), List.of("HEALTH", "Stadtraum"), List.of(), List.of(), TIME),
                occurrence("berlin.gemeinsam.measure.proposed.v2", "measure-1", "mitte", "measures-service"));

        assertThat(news.audience()).containsExactly(Target.unit("mitte"), Target.measure("measure-1"),
                Target.category("HEALTH"));
        assertThat(news.publication()).contains(new Publication("mitte", Set.of("HEALTH"), Optional.empty(),
                List.of("Trinkbrunnen", "Wasser im Sommer")));
    }

    @Test
    void aPromotionFromTheWaitingListReachesNoFollowersButIsWordedForThePromotedPerson() {
        News news = News.of(new FormatWaitlistPromoted("registration-1", "format-1", "mitte", "anna", "Werkstatt Ufer",
                TIME.plusSeconds(86_400), TIME), occurrence("berlin.gemeinsam.format.waitlist-promoted.v1",
                "registration-1", "mitte", "participation-service"));

        assertThat(news.audience()).isEmpty();
        assertThat(news.wording()).isEqualTo(
                new Wording("notification.format-waitlist-promoted", "mitte", "Werkstatt Ufer"));
        assertThat(news.eventKey()).isEqualTo("/units/mitte/participation-service|event-1");
    }
}
