package berlin.gemeinsam.notifications.subscriptions.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Which new ideas and measures a saved search hears of. */
class SearchProfileTest {

    /** Alexanderplatz. */
    private static final GeoPoint CENTER = new GeoPoint(52.5219, 13.4132);

    private static SearchProfile profile(List<String> keywords, List<String> units, List<String> categories,
                                         Area area) {
        return SearchProfile.of(keywords, units, categories, area);
    }

    private static Publication idea(String unit, GeoPoint place, String category, String... texts) {
        return new Publication(unit, category == null ? Set.of() : Set.of(category), Optional.ofNullable(place),
                Arrays.asList(texts));
    }

    private static Publication measure(String unit, String category, String... texts) {
        return new Publication(unit, category == null ? Set.of() : Set.of(category), Optional.empty(),
                List.of(texts));
    }

    /** The point {@code meters} north of the centre: along a meridian the haversine distance is exact. */
    private static GeoPoint north(double meters) {
        return new GeoPoint(CENTER.latitude() + Math.toDegrees(meters / GeoPoint.EARTH_RADIUS_METERS),
                CENTER.longitude());
    }

    @Test
    void theHaversineDistanceDecidesAtTheEdgeOfTheRadius() {
        SearchProfile within500 = profile(List.of(), List.of(), List.of(), Area.around(CENTER, 500));

        assertThat(CENTER.metersTo(north(499))).isCloseTo(499, within(0.01));
        assertThat(within500.matches(idea("pankow", north(499), null, "Bänke"))).isTrue();
        assertThat(within500.matches(idea("pankow", north(501), null, "Bänke"))).isFalse();
        // east along the parallel too: the box stored for the store's query holds the whole circle
        GeoPoint east499 = new GeoPoint(CENTER.latitude(), CENTER.longitude() + 499 / (111_195.0
                * Math.cos(Math.toRadians(CENTER.latitude()))));
        Area area = Area.around(CENTER, 500);
        assertThat(within500.matches(idea("pankow", east499, null, "Bänke"))).isTrue();
        assertThat(east499.longitude()).isBetween(area.west(), area.east());
        assertThat(north(499).latitude()).isBetween(area.south(), area.north());
    }

    @Test
    void withUnitsAndARadiusEitherSuffices() {
        SearchProfile profile = profile(List.of(), List.of("pankow"), List.of(), Area.around(CENTER, 1_000));

        assertThat(profile.matches(idea("pankow", null, null, "Kiezgarten"))).as("in the unit").isTrue();
        assertThat(profile.matches(idea("mitte", north(900), null, "Bänke"))).as("nearby").isTrue();
        assertThat(profile.matches(idea("mitte", north(1_100), null, "Bänke"))).as("neither").isFalse();
        assertThat(profile.matches(idea("mitte", null, null, "Bänke"))).as("no place, other unit").isFalse();
    }

    @Test
    void withOnlyUnitsOrOnlyARadiusThatOneDecidesAndWithNeitherAnyUnit() {
        SearchProfile units = profile(List.of(), List.of("pankow"), List.of(), null);
        SearchProfile radius = profile(List.of(), List.of(), List.of(), Area.around(CENTER, 1_000));
        SearchProfile anywhere = profile(List.of("bank"), List.of(), List.of(), null);

        assertThat(units.matches(idea("pankow", null, null, "Bänke"))).isTrue();
        assertThat(units.matches(idea("mitte", CENTER, null, "Bänke"))).isFalse();
        assertThat(radius.matches(idea("pankow", CENTER, null, "Bänke"))).isTrue();
        assertThat(radius.matches(idea("pankow", north(1_500), null, "Bänke"))).isFalse();
        assertThat(anywhere.matches(idea("spandau", null, null, "Bank am Ufer"))).isTrue();
        assertThat(anywhere.anyUnit()).isTrue();
        assertThat(units.anyUnit()).isFalse();
        assertThat(radius.anyUnit()).isFalse();
    }

    @Test
    void aMeasureHasNoPlaceSoOnlyUnitsOrNoWhereAtAllLetASearchHearOfIt() {
        SearchProfile radius = profile(List.of(), List.of(), List.of(), Area.around(CENTER, 3_000));
        SearchProfile radiusAndUnit = profile(List.of(), List.of("mitte"), List.of(), Area.around(CENTER, 3_000));
        SearchProfile anywhere = profile(List.of(), List.of(), List.of(), null);

        assertThat(radius.matches(measure("mitte", null, "Trinkbrunnen"))).isFalse();
        assertThat(radiusAndUnit.matches(measure("mitte", null, "Trinkbrunnen"))).isTrue();
        assertThat(anywhere.matches(measure("mitte", null, "Trinkbrunnen"))).isTrue();
    }

    @Test
    void aKeywordIsFoundInAnyTextAsPartOfAWordIgnoringCaseWithUmlautsAsTyped() {
        SearchProfile rad = profile(List.of("Rad", "spielplatz"), List.of(), List.of(), null);
        SearchProfile baenke = profile(List.of("BÄNKE"), List.of(), List.of(), null);
        SearchProfile strasse = profile(List.of("strasse"), List.of(), List.of(), null);

        assertThat(rad.matches(idea("mitte", null, null, "Fahrradbügel", "zu wenige", null))).isTrue();
        assertThat(rad.matches(idea("mitte", null, null, "Schatten", "Der Spielplatz ist heiß", null))).isTrue();
        assertThat(rad.matches(measure("mitte", null, "Trinkbrunnen", "Wasser im Sommer"))).isFalse();
        assertThat(baenke.matches(idea("mitte", null, null, "Neue bänke"))).isTrue();
        // decomposed ä (a + combining diaeresis) is the same letter
        assertThat(baenke.matches(idea("mitte", null, null, "Neue ba\u0308nke"))).isTrue();
        assertThat(baenke.matches(idea("mitte", null, null, "Neue Baenke"))).isFalse();
        assertThat(strasse.matches(idea("mitte", null, null, "Spielstraße"))).isFalse();
    }

    @Test
    void categoriesNarrowWhenGivenAndAnyFieldOfActionIsInQuestionOtherwise() {
        SearchProfile mobility = profile(List.of(), List.of(), List.of("MOBILITY", "HEALTH"), null);
        SearchProfile any = profile(List.of(), List.of(), List.of(), null);

        assertThat(mobility.matches(idea("mitte", null, "MOBILITY", "Radweg"))).isTrue();
        assertThat(mobility.matches(measure("mitte", "CULTURE", "Bibliothek"))).isFalse();
        assertThat(mobility.matches(idea("mitte", null, null, "Radweg"))).isFalse();
        assertThat(any.matches(measure("mitte", "CULTURE", "Bibliothek"))).isTrue();
        assertThat(mobility.anyCategory()).isFalse();
        assertThat(any.anyCategory()).isTrue();
    }

    @Test
    void allPartsMustHold() {
        SearchProfile profile = profile(List.of("baum"), List.of("pankow"), List.of("ENVIRONMENT_CLIMATE"), null);

        assertThat(profile.matches(idea("pankow", null, "ENVIRONMENT_CLIMATE", "Straßenbäume gießen",
                "Baumscheiben"))).isTrue();
        assertThat(profile.matches(idea("pankow", null, "MOBILITY", "Baumscheiben"))).isFalse();
        assertThat(profile.matches(idea("pankow", null, "ENVIRONMENT_CLIMATE", "Wiese"))).isFalse();
        assertThat(profile.matches(idea("mitte", null, "ENVIRONMENT_CLIMATE", "Baumscheiben"))).isFalse();
    }

    @Test
    void theSameProfileInAnotherOrderOrCaseIsTheSameSearch() {
        SearchProfile one = profile(List.of("Rad", "baum"), List.of("pankow", "mitte"), List.of("MOBILITY"),
                Area.around(CENTER, 800));
        SearchProfile other = profile(List.of("BAUM", "rad", "rad"), List.of("mitte", "pankow"),
                List.of("MOBILITY"), Area.around(CENTER, 800));
        SearchProfile wider = profile(List.of("rad", "baum"), List.of("mitte", "pankow"), List.of("MOBILITY"),
                Area.around(CENTER, 900));

        assertThat(one.id()).isEqualTo(other.id());
        assertThat(one.keywords()).containsExactly("baum", "rad");
        assertThat(wider.id()).isNotEqualTo(one.id());
        assertThat(Subscription.search("s-1", one, Instant.EPOCH).getTarget())
                .isEqualTo(Target.search(one.id()));
    }
}
