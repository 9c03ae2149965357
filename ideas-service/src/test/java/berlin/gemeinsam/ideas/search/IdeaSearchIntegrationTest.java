package berlin.gemeinsam.ideas.search;

import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.KafkaTestClient;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The search through {@code GET /api/v1/ideas} as readers use it. The store is shared with the other tests, so every
 * test writes a word of its own into its ideas and searches for it.
 */
class IdeaSearchIntegrationTest extends ServiceApiTest {

    private static final Random RANDOM = new Random();
    private static final Duration INDEXED = Duration.ofSeconds(15);

    /** A made-up word of letters only, which the analyzer leaves as it is (it ends in a letter no stemmer cuts). */
    private static String word() {
        StringBuilder word = new StringBuilder("qx");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return word.append('k').toString();
    }

    private String submit(String body) {
        HttpApi.Response created = asCitizen("searcher").post("/api/v1/ideas", body);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.field("id");
    }

    private String submit(String title, String problem) {
        return submit("{\"title\":\"" + title + "\",\"problem\":\"" + problem + "\"}");
    }

    private String publish(String id) {
        assertThat(asModerator("mitte").post("/api/v1/ideas/" + id + "/publish", "").status()).isEqualTo(200);
        return id;
    }

    private static String query(String parameters) {
        return "/api/v1/ideas?" + parameters;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<String> ids(HttpApi.Response found) {
        assertThat(found.status()).as(found.text()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        found.json().path("items").forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }

    /** The ids the search finds once the index shows what {@code until} waits for. */
    private static List<String> searchUntil(HttpApi caller, String parameters, Predicate<List<String>> until) {
        List<List<String>> last = new ArrayList<>(List.of(List.of()));
        await().atMost(INDEXED).pollInterval(Duration.ofMillis(100)).until(() -> {
            last.set(0, ids(caller.get(query(parameters))));
            return until.test(last.get(0));
        });
        return last.get(0);
    }

    @Test
    void germanWordsAreFoundInOtherFormsAndAsPartsOfCompounds() {
        String word = word();
        String cycleLane = publish(submit("Radweg an der Torstraße " + word, "Es fehlt ein sicherer Weg."));
        String playgrounds = publish(submit("Neue Spielplätze " + word, "Die Kinder im Kiez haben zu wenig Platz."));
        publish(submit("Mehr Bänke " + word, "Am Ufer fehlen Sitzgelegenheiten."));

        assertThat(searchUntil(api, "q=" + encode("Radwege " + word), found -> !found.isEmpty()))
                .containsExactly(cycleLane);
        assertThat(searchUntil(api, "q=" + encode("Spielplatz " + word), found -> !found.isEmpty()))
                .containsExactly(playgrounds);
        assertThat(ids(api.get(query("q=" + encode("Rad " + word))))).containsExactly(cycleLane);
        assertThat(ids(api.get(query("q=" + encode("spiel " + word))))).containsExactly(playgrounds);
    }

    @Test
    void filtersNarrowTheSearch() {
        String word = word();
        String nearAlexanderplatz = publish(submit("""
                {"title":"Ampel %s","problem":"Die Kreuzung ist gefährlich","category":"MOBILITY",
                 "principles":["SUSTAINABILITY","COMMON_GOOD"],"location":{"latitude":52.5219,"longitude":13.4132}}"""
                .formatted(word)));
        String inSpandau = publish(submit("""
                {"title":"Busspur %s","problem":"Der Bus steht im Stau","category":"MOBILITY",
                 "principles":["COMMON_GOOD"],"location":{"latitude":52.5360,"longitude":13.2000}}"""
                .formatted(word)));
        String nowhere = publish(submit("""
                {"title":"Bäume %s","problem":"Es ist zu heiß","category":"ENVIRONMENT_CLIMATE"}""".formatted(word)));
        searchUntil(api, "q=" + word, found -> found.size() == 3);

        assertThat(ids(api.get(query("q=" + word + "&category=MOBILITY"))))
                .containsExactlyInAnyOrder(nearAlexanderplatz, inSpandau);
        assertThat(ids(api.get(query("q=" + word + "&principle=SUSTAINABILITY")))).containsExactly(nearAlexanderplatz);
        assertThat(ids(api.get(query("q=" + word + "&hasLocation=false")))).containsExactly(nowhere);
        assertThat(ids(api.get(query("q=" + word + "&hasLocation=true"))))
                .containsExactlyInAnyOrder(nearAlexanderplatz, inSpandau);
        // Alexanderplatz to Spandau is about 14 km
        assertThat(ids(api.get(query("q=" + word + "&near=52.5200,13.4100&radius=2000"))))
                .containsExactly(nearAlexanderplatz);
        assertThat(ids(api.get(query("q=" + word + "&near=52.5200,13.4100&radius=20000"))))
                .containsExactlyInAnyOrder(nearAlexanderplatz, inSpandau);
        assertThat(ids(api.get(query("category=ENVIRONMENT_CLIMATE&near=52.5200,13.4100&radius=50000&q=" + word))))
                .isEmpty();
        assertThat(ids(api.get(query("q=" + word + "&unit=mitte")))).hasSize(3);
        assertThat(ids(api.get(query("q=" + word + "&unit=pankow")))).isEmpty();
        assertThat(ids(api.get(query("q=" + word + "&status=PUBLISHED")))).hasSize(3);
        assertThat(ids(api.get(query("q=" + word + "&status=ADOPTED")))).isEmpty();
    }

    @Test
    void sortsByNewestMostSupportedAndMostRecentlyActive() {
        String word = word();
        String first = publish(submit("Erste " + word, "Ein Problem"));
        String second = publish(submit("Zweite " + word, "Ein Problem"));
        String third = publish(submit("Dritte " + word, "Ein Problem"));
        searchUntil(api, "q=" + word, found -> found.size() == 3);

        assertThat(ids(api.get(query("q=" + word + "&sort=newest")))).containsExactly(third, second, first);
        assertThat(ids(api.get(query("unit=mitte&sort=newest&size=100")))).containsSubsequence(third, second, first);

        HttpApi.Response edited = asModerator("mitte").send("PUT", "/api/v1/ideas/" + first,
                "{\"title\":\"Erste, verbessert " + word + "\",\"problem\":\"Ein Problem\"}", Map.of());
        assertThat(edited.status()).as(edited.text()).isEqualTo(200);
        assertThat(searchUntil(api, "q=" + word + "&sort=active", found -> found.get(0).equals(first)))
                .containsExactly(first, third, second);

        support(second);
        support(second);
        support(first);
        assertThat(searchUntil(api, "q=" + word + "&sort=supported", found -> found.equals(List.of(second, first,
                third)))).containsExactly(second, first, third);
    }

    private static void support(String ideaId) {
        String supportId = UUID.randomUUID().toString();
        String data = """
                {"supportId":"%s","ideaId":"%s","unit":"mitte","helixGroup":"SCIENCE","givenAt":"2026-11-26T10:00:00Z"}"""
                .formatted(supportId, ideaId);
        KafkaTestClient.send("gemeinsam.mitte.participation", supportId, data.getBytes(StandardCharsets.UTF_8),
                KafkaTestClient.cloudEventHeaders(UUID.randomUUID().toString(), "/units/mitte/participation-service",
                        "berlin.gemeinsam.support.given.v1", supportId, "mitte"));
    }

    @Test
    void cursorPagesHaveNeitherGapsNorRepeatsWhileIdeasAreAdded() {
        String word = word();
        List<String> before = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            before.add(publish(submit("Idee " + i + " " + word, "Ein Problem")));
        }
        searchUntil(api, "q=" + word, found -> found.size() == 7);

        List<String> seen = new ArrayList<>();
        String next = query("q=" + word + "&sort=newest&size=3");
        int pages = 0;
        while (next != null) {
            HttpApi.Response page = api.get(next);
            seen.addAll(ids(page));
            pages++;
            publish(submit("Später " + pages + " " + word, "Ein Problem"));
            JsonNode link = page.json().path("next");
            next = link.isNull() || link.isMissingNode() ? null : link.asString();
        }

        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(7).doesNotHaveDuplicates().containsExactlyElementsOf(newestFirst(before));
    }

    private static List<String> newestFirst(List<String> oldestFirst) {
        List<String> reversed = new ArrayList<>(oldestFirst);
        Collections.reverse(reversed);
        return reversed;
    }

    @Test
    void relevancePagesFollowEachOtherAsWell() {
        String word = word();
        for (int i = 0; i < 5; i++) {
            publish(submit("Radweg " + i + " " + word, i % 2 == 0 ? "Radweg Radweg Radweg" : "Ein Weg"));
        }
        searchUntil(api, "q=" + word, found -> found.size() == 5);

        HttpApi.Response firstPage = api.get(query("q=" + word + "&size=2"));
        List<String> seen = new ArrayList<>(ids(firstPage));
        String cursor = firstPage.field("nextCursor");
        while (cursor != null) {
            HttpApi.Response page = api.get(query("q=" + word + "&size=2&cursor=" + cursor));
            seen.addAll(ids(page));
            cursor = page.json().path("nextCursor").isNull() ? null : page.field("nextCursor");
        }
        assertThat(seen).hasSize(5).doesNotHaveDuplicates();
    }

    @Test
    void everybodyFindsPublicIdeasAndOnlyTheUnitsStaffTheOthers() {
        String word = word();
        String published = publish(submit("Öffentlich " + word, "Ein Problem"));
        String submitted = submit("Eingereicht " + word, "Ein Problem");

        assertThat(searchUntil(asModerator("mitte"), "q=" + word, found -> found.size() == 2))
                .containsExactlyInAnyOrder(published, submitted);
        assertThat(ids(api.get(query("q=" + word)))).containsExactly(published);
        assertThat(ids(asCitizen("searcher").get(query("q=" + word)))).containsExactly(published);
        assertThat(ids(asModerator("pankow").get(query("q=" + word)))).containsExactly(published);
        assertThat(ids(api.get(query("q=" + word + "&status=SUBMITTED")))).isEmpty();
        assertThat(ids(asModerator("mitte").get(query("q=" + word + "&status=SUBMITTED")))).containsExactly(submitted);
        assertThat(ids(asCentralOffice().get(query("q=" + word)))).hasSize(2);
    }

    @Test
    void aSubmissionIsAnsweredWithSimilarPublishedIdeas() {
        String word = word();
        String cycleLane = publish(submit("Radweg Torstraße " + word, "Auf der Torstraße fehlt ein Radweg."));
        submit("Radweg Invalidenstraße " + word, "Noch nicht veröffentlicht.");
        publish(submit("Trinkbrunnen " + word, "Im Sommer fehlt Wasser."));
        publish(submit("Stille Ecke", "Nichts hiervon ähnelt " + word.toUpperCase(Locale.ROOT) + "x."));
        searchUntil(api, "q=" + word + "&sort=newest", found -> found.size() == 2);

        HttpApi.Response created = asCitizen("searcher").post("/api/v1/ideas",
                "{\"title\":\"Mehr Radwege\",\"problem\":\"Radwege fehlen überall, " + word + "\"}");

        assertThat(created.status()).isEqualTo(201);
        JsonNode similar = created.json().path("similarIdeas");
        assertThat(similar.size()).isBetween(1, 5);
        assertThat(similar.get(0).path("id").asString()).isEqualTo(cycleLane);
        assertThat(similar.get(0).path("title").asString()).isEqualTo("Radweg Torstraße " + word);
        assertThat(similar.get(0).path("supportCount").asLong()).isZero();
        List<String> similarIds = new ArrayList<>();
        similar.forEach(idea -> similarIds.add(idea.path("id").asString()));
        assertThat(similarIds).doesNotContain(created.field("id"));
        assertThat(created.field("title")).isEqualTo("Mehr Radwege");
        assertThat(created.field("status")).isEqualTo("SUBMITTED");
    }

    @Test
    void badSearchParametersAreRefusedNamingTheField() {
        assertBad("q=Rad&near=Alexanderplatz", "near");
        assertBad("q=Rad&near=95.0,13.4", "near");
        assertBad("q=Rad&radius=500", "radius");
        assertBad("q=Rad&radius=-5&near=52.52,13.41", "radius");
        assertBad("cursor=kein-cursor", "cursor");
        assertBad("sort=relevance", "sort");
        assertBad("sort=oldest", "sort");
        assertBad("q=Rad&size=0", "size");
        assertBad("q=Rad&size=101", "size");
        assertBad("q=Rad&page=1", "page");
        assertBad("q=Rad&category=SPACE", "category");
        assertBad("q=Rad&principle=GREED", "principle");
        assertBad("q=Rad&hasLocation=maybe", "hasLocation");
        assertBad("q=Rad&status=LOST", "status");
        assertBad("unit=Mitte!", "unit");
        // a cursor of one order is no cursor for another
        HttpApi.Response page = api.get(query("sort=newest&size=1"));
        assertThat(page.status()).isEqualTo(200);
        String cursor = page.field("nextCursor");
        assertThat(cursor).isNotNull();
        assertBad("sort=active&cursor=" + cursor, "cursor");

        HttpApi.Response english = api.inLanguage("en").get(query("q=Rad&radius=500"));
        assertThat(english.json().path("errors").get(0).path("message").asString())
                .isEqualTo("radius applies only together with near");
    }

    private void assertBad(String parameters, String field) {
        HttpApi.Response refused = api.get(query(parameters));
        assertThat(refused.status()).as(parameters + ": " + refused.text()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        refused.json().path("errors").forEach(error -> fields.add(error.path("field").asString()));
        assertThat(fields).as(parameters).containsExactly(field);
    }

    @Test
    void theListWithoutSearchParametersStaysAsItWas() {
        HttpApi.Response page = api.get(query("status=PUBLISHED&page=0&size=2"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().has("totalItems")).isTrue();
        assertThat(page.json().path("page").asInt()).isZero();
        assertThat(page.json().path("size").asInt()).isEqualTo(2);
        assertThat(page.json().has("nextCursor")).isFalse();
        assertThat(new HashSet<>(ids(page))).hasSizeLessThanOrEqualTo(2);
    }
}
