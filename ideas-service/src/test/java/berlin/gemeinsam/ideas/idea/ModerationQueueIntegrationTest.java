package berlin.gemeinsam.ideas.idea;

import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** The moderators' queue: the unit's submitted ideas, oldest first, with the unit's counts; for its moderators only. */
class ModerationQueueIntegrationTest extends ServiceApiTest {

    private static final String QUEUE = "/api/v1/moderation/queue";

    private String submit(String title) {
        HttpApi.Response created = asCitizen("q-author").post("/api/v1/ideas",
                "{\"title\":\"" + title + "\",\"problem\":\"Es fehlt etwas\"}");
        assertThat(created.status()).isEqualTo(201);
        return created.field("id");
    }

    /** The ids of the whole queue, page by page. */
    private List<String> queuedIds() {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode answer = asModerator("mitte").get(QUEUE + "?size=100&page=" + page).json();
            answer.path("items").forEach(item -> ids.add(item.path("id").asString()));
            if (page + 1 >= answer.path("totalPages").asInt()) {
                return ids;
            }
        }
    }

    @Test
    void theQueueListsTheSubmittedIdeasOldestFirstWithTheUnitsCounts() {
        HttpApi.Response before = asModerator("mitte").get(QUEUE);
        String first = submit("Erste");
        String second = submit("Zweite");
        String third = submit("Dritte");
        assertThat(asModerator("mitte").post("/api/v1/ideas/" + second + "/publish", "").status()).isEqualTo(200);

        HttpApi.Response queue = asModerator("mitte").get(QUEUE + "?size=5");

        assertThat(queue.status()).isEqualTo(200);
        assertThat(queue.json().path("size").asInt()).isEqualTo(5);
        assertThat(queue.json().path("items").size()).isLessThanOrEqualTo(5);
        JsonNode counts = queue.json().path("counts");
        long submitted = counts.path("submitted").asLong();
        assertThat(queue.json().path("totalItems").asLong()).isEqualTo(submitted);
        JsonNode countsBefore = before.json().path("counts");
        assertThat(submitted).isEqualTo(countsBefore.path("submitted").asLong() + 2);
        assertThat(counts.path("published").asLong()).isEqualTo(countsBefore.path("published").asLong() + 1);
        assertThat(counts.path("shortlisted").asLong()).isEqualTo(countsBefore.path("shortlisted").asLong());

        List<String> all = queuedIds();
        assertThat(all).hasSize((int) submitted).doesNotContain(second);
        assertThat(all.subList(all.size() - 2, all.size())).containsExactly(first, third);
        JsonNode oldest = asModerator("mitte").get(QUEUE + "?size=1").json().path("items").get(0);
        assertThat(oldest.path("status").asString()).isEqualTo("SUBMITTED");
        Instant firstSubmitted = Instant.parse(asModerator("mitte").get("/api/v1/ideas/" + first).field("submittedAt"));
        assertThat(Instant.parse(oldest.path("submittedAt").asString())).isBeforeOrEqualTo(firstSubmitted);
    }

    @ParameterizedTest(name = "{0} reads the queue: {1}")
    @CsvSource({
            "anonymous, 401",
            "citizen, 403",
            "moderator pankow, 403",
            "unit admin mitte, 403",
            "central office, 403",
            "moderator mitte, 200"})
    void onlyTheUnitsModeratorsReadTheQueue(String caller, int expected) {
        Map<String, Function<HttpApi, HttpApi>> callers = Map.of(
                "anonymous", anybody -> anybody,
                "citizen", anybody -> asCitizen("q-author"),
                "moderator pankow", anybody -> asModerator("pankow"),
                "unit admin mitte", anybody -> asUnitAdmin("mitte"),
                "central office", anybody -> asCentralOffice(),
                "moderator mitte", anybody -> asModerator("mitte"));

        HttpApi.Response answer = callers.get(caller).apply(api).get(QUEUE);

        assertThat(answer.status()).isEqualTo(expected);
        if (expected != 200) {
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.text()).doesNotContain("items");
        }
    }

    @Test
    void aPageBeyondTheRangeIsA400NamingIt() {
        HttpApi.Response tooLarge = asModerator("mitte").get(QUEUE + "?size=101");

        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(tooLarge.json().path("errors").findValuesAsString("field")).containsExactly("size");
    }
}
