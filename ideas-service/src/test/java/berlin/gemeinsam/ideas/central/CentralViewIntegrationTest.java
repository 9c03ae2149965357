package berlin.gemeinsam.ideas.central;

import berlin.gemeinsam.ideas.search.application.SearchableIdea;
import berlin.gemeinsam.ideas.search.application.SearchableIdeas;
import berlin.gemeinsam.testsupport.EventSchemas;
import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.KafkaTestClient;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The central instance fed with two units' streams, the events produced as the units' outboxes write them (with
 * their sequence), some delivered twice and some out of order, as a relay that sent again or a consumer that read
 * again would deliver them.
 */
@TestPropertySource(properties = "gemeinsam.unit=central")
class CentralViewIntegrationTest extends ServiceApiTest {

    @Autowired
    SearchableIdeas searchableIdeas;

    private static final String SPANDAU = "spandau";
    private static final String LICHTENBERG = "lichtenberg";
    /** Its own unit, so that the statistics of the others stay as they are. */
    private static final String REINICKENDORF = "reinickendorf";
    private static final String PREFIX = "berlin.gemeinsam.";
    private static final Duration DELIVERY = Duration.ofSeconds(30);

    /** An event of a unit's idea, with the id and sequence its outbox gave it. */
    private record IdeaEvent(String eventId, String unit, String ideaId, String type, String sequence, String data) {

        IdeaEvent {
            EventSchemas.assertValid(PREFIX + type, data);
        }

        /** The same event sent again by a relay that did not learn it had been acknowledged. */
        void send() {
            Map<String, String> headers = new HashMap<>(KafkaTestClient.cloudEventHeaders(eventId,
                    "/units/" + unit + "/ideas-service", PREFIX + type, ideaId, unit));
            headers.put("ce_sequence", sequence);
            KafkaTestClient.send("gemeinsam." + unit + ".ideas", ideaId, data.getBytes(StandardCharsets.UTF_8),
                    headers);
        }

        /** The same event under another id: as if a consumer's record of handled events were lost. */
        IdeaEvent again() {
            return new IdeaEvent(UUID.randomUUID().toString(), unit, ideaId, type, sequence, data);
        }
    }

    private static IdeaEvent event(String unit, String ideaId, String type, long version, int index, String data) {
        return new IdeaEvent(UUID.randomUUID().toString(), unit, ideaId, type,
                String.format("%019d.%04d", version, index), data);
    }

    private static IdeaEvent publishedV1(String unit, String id, long version, String title, String category,
                                         String publishedAt) {
        return event(unit, id, "idea.published.v1", version, 0, """
                {"ideaId":"%s","unit":"%s","title":"%s","problem":"Problem von %s","proposal":null,"category":%s,
                 "publishedAt":"%s"}""".formatted(id, unit, title, title, json(category), publishedAt));
    }

    private static IdeaEvent publishedV2(String unit, String id, long version, String title, String category,
                                         String principle, String publishedAt) {
        return event(unit, id, "idea.published.v2", version, 1, """
                {"ideaId":"%s","unit":"%s","title":"%s","problem":"Problem von %s","proposal":"Vorschlag","category":%s,
                 "principles":["%s"],"latitude":52.52,"longitude":13.40,"language":"de","publishedAt":"%s"}"""
                .formatted(id, unit, title, title, json(category), principle, publishedAt));
    }

    private static IdeaEvent edited(String unit, String id, long version, String status, String title,
                                    String principle) {
        return event(unit, id, "idea.edited.v1", version, 0, """
                {"ideaId":"%s","unit":"%s","status":"%s","title":"%s","problem":"Neues Problem","proposal":null,
                 "category":"CULTURE","principles":["%s"],"latitude":null,"longitude":null,"language":"en",
                 "editedAt":"2019-05-01T10:00:00Z"}""".formatted(id, unit, status, title, principle));
    }

    private static IdeaEvent shortlisted(String unit, String id, long version, String title) {
        return event(unit, id, "idea.shortlisted.v1", version, 0, """
                {"ideaId":"%s","unit":"%s","title":"%s","shortlistedAt":"2019-05-01T09:00:00Z"}"""
                .formatted(id, unit, title));
    }

    private static IdeaEvent adopted(String unit, String id, long version, String title) {
        return event(unit, id, "idea.adopted.v1", version, 0, """
                {"ideaId":"%s","unit":"%s","title":"%s","measureId":"%s","measureUnit":"central",
                 "adoptedAt":"2019-05-02T09:00:00Z"}""".formatted(id, unit, title, UUID.randomUUID()));
    }

    private static IdeaEvent archived(String unit, String id, long version) {
        return event(unit, id, "idea.archived.v1", version, 0, """
                {"ideaId":"%s","unit":"%s","previousStatus":"PUBLISHED","reason":null,
                 "archivedAt":"2019-05-03T09:00:00Z"}""".formatted(id, unit));
    }

    private static IdeaEvent withdrawn(String unit, String id, long version, String previousStatus) {
        return event(unit, id, "idea.withdrawn.v1", version, 0, """
                {"ideaId":"%s","unit":"%s","previousStatus":"%s","withdrawnAt":"2019-05-04T09:00:00Z"}"""
                .formatted(id, unit, previousStatus));
    }

    private static String json(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }

    private static void support(String eventId, String supportId, String ideaId, String unit) {
        String data = """
                {"supportId":"%s","ideaId":"%s","unit":"%s","helixGroup":"SCIENCE","givenAt":"2019-05-01T10:00:00Z"}"""
                .formatted(supportId, ideaId, unit);
        EventSchemas.assertValid(PREFIX + "support.given.v1", data);
        KafkaTestClient.send("gemeinsam." + unit + ".participation", supportId, data.getBytes(StandardCharsets.UTF_8),
                KafkaTestClient.cloudEventHeaders(eventId, "/units/" + unit + "/participation-service",
                        PREFIX + "support.given.v1", supportId, unit));
    }

    private JsonNode idea(String id) {
        return api.get("/api/v1/ideas/" + id).json();
    }

    private int status(String id) {
        return api.get("/api/v1/ideas/" + id).status();
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    private static void supportEvent(String type, String eventId, String supportId, String ideaId, String sequence) {
        String at = type.equals("support.given.v1") ? "givenAt" : "withdrawnAt";
        String data = """
                {"supportId":"%s","ideaId":"%s","unit":"%s","helixGroup":"SCIENCE","%s":"2019-05-01T10:00:00Z"}"""
                .formatted(supportId, ideaId, REINICKENDORF, at);
        EventSchemas.assertValid(PREFIX + type, data);
        Map<String, String> headers = new HashMap<>(KafkaTestClient.cloudEventHeaders(eventId,
                "/units/" + REINICKENDORF + "/participation-service", PREFIX + type, supportId, REINICKENDORF));
        headers.put("ce_sequence", sequence);
        KafkaTestClient.send("gemeinsam." + REINICKENDORF + ".participation", supportId,
                data.getBytes(StandardCharsets.UTF_8), headers);
    }

    @Test
    void aWithdrawnSupportIsCountedOutOnceAndCountsAgainWhenGivenAgain() {
        String ideaId = id();
        publishedV1(REINICKENDORF, ideaId, 1, "Trinkbrunnen", "HEALTH", "2019-06-01T10:00:00Z").send();
        String hesitant = id();
        supportEvent("support.given.v1", id(), hesitant, ideaId, "0000000000000000000.0000");
        supportEvent("support.given.v1", id(), id(), ideaId, "0000000000000000000.0000");
        await().atMost(DELIVERY).until(() -> status(ideaId) == 200 && idea(ideaId).path("supportCount").asLong() == 2);

        supportEvent("support.withdrawn.v1", id(), hesitant, ideaId, "0000000000000000001.0000");
        supportEvent("support.withdrawn.v1", id(), hesitant, ideaId, "0000000000000000001.0000");
        await().atMost(DELIVERY).until(() -> idea(ideaId).path("supportCount").asLong() == 1);
        supportEvent("support.given.v1", id(), hesitant, ideaId, "0000000000000000002.0000");

        await().atMost(DELIVERY).until(() -> idea(ideaId).path("supportCount").asLong() == 2);
    }

    @Test
    void twoUnitsStreamsWithDuplicatesAndReorderingEndInTheRightViewAndStatistics() {
        // spandau 1: published (v1 and v2 in one change), shortlisted, edited while shortlisted
        String shortlistedThenEdited = id();
        IdeaEvent s1v1 = publishedV1(SPANDAU, shortlistedThenEdited, 1, "Radweg", "MOBILITY", "2019-03-10T10:00:00Z");
        IdeaEvent s1v2 = publishedV2(SPANDAU, shortlistedThenEdited, 1, "Radweg", "MOBILITY", "SUSTAINABILITY",
                "2019-03-10T10:00:00Z");
        IdeaEvent s1shortlisted = shortlisted(SPANDAU, shortlistedThenEdited, 2, "Radweg");
        IdeaEvent s1edited = edited(SPANDAU, shortlistedThenEdited, 3, "SHORTLISTED", "Radwege am Kanal", "OPENNESS");
        // spandau 2: published, then adopted; the adoption arrives first
        String adoptedFirst = id();
        IdeaEvent s2v1 = publishedV1(SPANDAU, adoptedFirst, 1, "Bänke", "URBAN_DEVELOPMENT_HOUSING",
                "2019-04-02T08:00:00Z");
        IdeaEvent s2v2 = publishedV2(SPANDAU, adoptedFirst, 1, "Bänke", "URBAN_DEVELOPMENT_HOUSING", "COMMON_GOOD",
                "2019-04-02T08:00:00Z");
        IdeaEvent s2adopted = adopted(SPANDAU, adoptedFirst, 2, "Bänke");
        // lichtenberg 1: edited while submitted (not public), published, archived
        String archived = id();
        IdeaEvent l1edited = edited(LICHTENBERG, archived, 1, "SUBMITTED", "Entwurf", "RESILIENCE");
        IdeaEvent l1v1 = publishedV1(LICHTENBERG, archived, 2, "Spielplatz", null, "2019-03-31T23:30:00Z");
        IdeaEvent l1v2 = publishedV2(LICHTENBERG, archived, 2, "Spielplatz", null, "COOPERATION",
                "2019-03-31T23:30:00Z");
        IdeaEvent l1archived = archived(LICHTENBERG, archived, 3);
        // lichtenberg 2: published, then withdrawn by its author; the withdrawal arrives first
        String withdrawn = id();
        IdeaEvent l2v1 = publishedV1(LICHTENBERG, withdrawn, 1, "Zurückgezogen", "HEALTH", "2019-04-05T10:00:00Z");
        IdeaEvent l2v2 = publishedV2(LICHTENBERG, withdrawn, 1, "Zurückgezogen", "HEALTH", "COMMON_GOOD",
                "2019-04-05T10:00:00Z");
        IdeaEvent l2withdrawn = withdrawn(LICHTENBERG, withdrawn, 2, "PUBLISHED");
        // lichtenberg 3: withdrawn before it was ever published
        String neverPublished = id();
        IdeaEvent l3withdrawn = withdrawn(LICHTENBERG, neverPublished, 1, "SUBMITTED");

        // a support of an idea before the view knows the idea, and one support delivered three times
        support(id(), id(), shortlistedThenEdited, LICHTENBERG);
        String twice = id();
        String twiceEvent = id();
        support(twiceEvent, twice, adoptedFirst, LICHTENBERG);
        support(twiceEvent, twice, adoptedFirst, LICHTENBERG);
        support(id(), twice, adoptedFirst, SPANDAU);
        support(id(), id(), adoptedFirst, SPANDAU);

        List<IdeaEvent> delivered = List.of(
                s1shortlisted, s1v2, s1edited, s1v1, s1v2, s1shortlisted.again(), s1v2.again(),
                s2adopted, s2v2, s2v1, s2adopted,
                l1edited, l1v1, l1v2, l1archived, l1v2.again(), l1archived,
                l2withdrawn, l2v1, l2v2, l2v2.again(),
                l3withdrawn);
        delivered.forEach(IdeaEvent::send);
        // sent last: once they are applied, everything before them on the same topics and partitions was handled
        String lastOfSpandau = id();
        String lastOfLichtenberg = id();
        publishedV1(SPANDAU, lastOfSpandau, 1, "Zuletzt", "CULTURE", "2019-05-10T10:00:00Z").send();
        publishedV1(LICHTENBERG, lastOfLichtenberg, 1, "Zuletzt", "CULTURE", "2019-05-10T10:00:00Z").send();

        await().atMost(DELIVERY).until(() -> status(lastOfSpandau) == 200 && status(lastOfLichtenberg) == 200
                && status(shortlistedThenEdited) == 200 && status(adoptedFirst) == 200 && status(archived) == 200
                && idea(adoptedFirst).path("supportCount").asLong() == 2
                && idea(shortlistedThenEdited).path("supportCount").asLong() == 1
                && "Radwege am Kanal".equals(idea(shortlistedThenEdited).path("title").asString())
                && "Vorschlag".equals(idea(adoptedFirst).path("proposal").asString())
                && "ARCHIVED".equals(idea(archived).path("status").asString()));

        JsonNode edited = idea(shortlistedThenEdited);
        assertThat(edited.path("unit").asString()).isEqualTo(SPANDAU);
        assertThat(edited.path("status").asString()).isEqualTo("SHORTLISTED");
        assertThat(edited.path("problem").asString()).isEqualTo("Neues Problem");
        assertThat(edited.path("category").asString()).isEqualTo("CULTURE");
        assertThat(edited.path("principles").toString()).isEqualTo("[\"OPENNESS\"]");
        assertThat(edited.path("location").isNull()).isTrue();
        assertThat(edited.path("language").asString()).isEqualTo("en");
        assertThat(edited.path("publishedAt").asString()).isEqualTo("2019-03-10T10:00:00Z");

        JsonNode adopted = idea(adoptedFirst);
        assertThat(adopted.path("status").asString()).isEqualTo("ADOPTED");
        assertThat(adopted.path("title").asString()).isEqualTo("Bänke");
        assertThat(adopted.path("category").asString()).isEqualTo("URBAN_DEVELOPMENT_HOUSING");
        assertThat(adopted.path("principles").toString()).isEqualTo("[\"COMMON_GOOD\"]");
        assertThat(adopted.path("location").path("latitude").asDouble()).isEqualTo(52.52);
        assertThat(adopted.path("language").asString()).isEqualTo("de");

        JsonNode archivedIdea = idea(archived);
        assertThat(archivedIdea.path("title").asString()).isEqualTo("Spielplatz");
        assertThat(archivedIdea.path("principles").toString()).isEqualTo("[\"COOPERATION\"]");

        assertThat(status(withdrawn)).isEqualTo(404);
        assertThat(status(neverPublished)).isEqualTo(404);

        // 2019-03-31T23:30Z is April in Berlin
        JsonNode spandau = api.get("/api/v1/ideas/stats?unit=" + SPANDAU).json();
        assertThat(spandau.path("total").asLong()).isEqualTo(3);
        assertThat(spandau.path("byUnit").toString()).isEqualTo("{\"spandau\":3}");
        assertThat(spandau.path("byStatus").toString()).isEqualTo("{\"ADOPTED\":1,\"PUBLISHED\":1,\"SHORTLISTED\":1}");
        assertThat(spandau.path("byCategory").toString())
                .isEqualTo("{\"CULTURE\":2,\"URBAN_DEVELOPMENT_HOUSING\":1}");
        assertThat(spandau.path("byMonth").toString()).isEqualTo("{\"2019-03\":1,\"2019-04\":1,\"2019-05\":1}");
        JsonNode lichtenberg = api.get("/api/v1/ideas/stats?unit=" + LICHTENBERG).json();
        assertThat(lichtenberg.path("total").asLong()).isEqualTo(2);
        assertThat(lichtenberg.path("byStatus").toString()).isEqualTo("{\"ARCHIVED\":1,\"PUBLISHED\":1}");
        assertThat(lichtenberg.path("byCategory").toString()).isEqualTo("{\"CULTURE\":1}");
        assertThat(lichtenberg.path("byMonth").toString()).isEqualTo("{\"2019-04\":1,\"2019-05\":1}");
        JsonNode all = api.get("/api/v1/ideas/stats").json();
        assertThat(all.path("byUnit").path(SPANDAU).asLong()).isEqualTo(3);
        assertThat(all.path("byUnit").path(LICHTENBERG).asLong()).isEqualTo(2);

        // the search reads the view, withdrawn ideas included (without their content) so that it drops them
        List<String> ours = List.of(shortlistedThenEdited, adoptedFirst, archived, withdrawn, neverPublished);
        List<SearchableIdea> searchable = new ArrayList<>();
        List<SearchableIdea> page = searchableIdeas.changedSince(Instant.EPOCH, null, 2);
        while (!page.isEmpty()) {
            assertThat(page).hasSizeLessThanOrEqualTo(2);
            searchable.addAll(page);
            SearchableIdea last = page.get(page.size() - 1);
            page = searchableIdeas.changedSince(last.changedAt(), last.id(), 2);
        }
        assertThat(searchable).extracting(SearchableIdea::changedAt).isSorted();
        Map<String, SearchableIdea> byId = new HashMap<>();
        searchable.stream().filter(idea -> ours.contains(idea.id())).forEach(idea -> byId.put(idea.id(), idea));
        assertThat(byId).containsOnlyKeys(shortlistedThenEdited, adoptedFirst, archived, withdrawn);
        assertThat(byId.get(withdrawn).status()).isEqualTo("WITHDRAWN");
        assertThat(byId.get(withdrawn).title()).isNull();
        assertThat(byId.get(adoptedFirst).supportCount()).isEqualTo(2);
        assertThat(byId.get(adoptedFirst).principles()).containsExactly("COMMON_GOOD");
        assertThat(byId.get(shortlistedThenEdited).unit()).isEqualTo(SPANDAU);

        // the same query API as a unit's, across the units, from the index over the view
        await().atMost(DELIVERY).until(() -> searched("unit=" + SPANDAU + "&sort=newest")
                .containsAll(List.of(shortlistedThenEdited, adoptedFirst, lastOfSpandau)));
        assertThat(searched("q=Radweg")).contains(shortlistedThenEdited).doesNotContain(adoptedFirst, archived);
        assertThat(searched("q=Spielplatz&unit=" + LICHTENBERG)).containsExactly(archived);
        assertThat(searched("q=Radweg&unit=" + LICHTENBERG)).doesNotContain(shortlistedThenEdited);
        assertThat(searched("q=Zur%C3%BCckgezogen")).doesNotContain(withdrawn);
    }

    /** The ids of the ideas the search finds, first page. */
    private List<String> searched(String query) {
        HttpApi.Response found = api.get("/api/v1/ideas?" + query);
        assertThat(found.status()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        found.json().path("items").forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }

    @Test
    void theCentralViewIsReadOnly() {
        HttpApi.Response submitted = asCitizen("c-1").post("/api/v1/ideas",
                "{\"title\":\"Trinkbrunnen\",\"problem\":\"Im Sommer fehlt Wasser\"}");
        assertThat(submitted.status()).isEqualTo(405);
        assertThat(submitted.headers().firstValue("Allow")).contains("GET");
        assertThat(submitted.contentType()).startsWith("application/problem+json");
        assertThat(submitted.json().path("type").asString())
                .isEqualTo("https://gemeinsam.berlin/problems/central-read-only");
        assertThat(asModerator("central").post("/api/v1/ideas/" + id() + "/publish", "").status()).isEqualTo(405);
        assertThat(asCentralOffice().send("PUT", "/api/v1/ideas/" + id(),
                "{\"title\":\"Trinkbrunnen\",\"problem\":\"Im Sommer fehlt Wasser\"}", Map.of()).status())
                .isEqualTo(405);
        assertThat(status(id())).isEqualTo(404);
        assertThat(api.get("/api/v1/ideas/" + id() + "/history").status()).isEqualTo(404);
    }
}
