package berlin.gemeinsam.ideas.idea;

import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /api/v1/ideas/{id}/history: the changes of an idea, readable by whoever may read the idea. */
class IdeaHistoryIntegrationTest extends ServiceApiTest {

    @Test
    void theHistoryNamesTheAuthorByParticipantIdAndModeratorsByRoleAndUnit() {
        String id = asCitizen("h-author").post("/api/v1/ideas",
                "{\"title\":\"Wasserspender\",\"problem\":\"Kein Trinkwasser im Park\"}").field("id");
        asModerator("mitte").post("/api/v1/ideas/" + id + "/publish", "");
        asModerator("mitte").post("/api/v1/ideas/" + id + "/archive", "{\"reason\":\"Erledigt\"}");

        HttpApi.Response history = api.get("/api/v1/ideas/" + id + "/history");

        assertThat(history.status()).isEqualTo(200);
        assertThat(history.field("ideaId")).isEqualTo(id);
        JsonNode entries = history.json().path("entries");
        assertThat(entries.findValuesAsString("change")).containsExactly("submit", "publish", "archive");
        assertThat(entries.get(0).path("from").isNull()).isTrue();
        assertThat(entries.get(0).path("to").asString()).isEqualTo("SUBMITTED");
        assertThat(entries.get(0).path("by").path("participantId").asString()).isEqualTo("h-author");
        assertThat(entries.get(1).path("from").asString()).isEqualTo("SUBMITTED");
        assertThat(entries.get(1).path("to").asString()).isEqualTo("PUBLISHED");
        assertThat(entries.get(1).path("by").path("role").asString()).isEqualTo("MODERATOR");
        assertThat(entries.get(1).path("by").path("unit").asString()).isEqualTo("mitte");
        assertThat(entries.get(1).path("by").path("participantId").isNull()).isTrue();
        assertThat(entries.get(2).path("reason").asString()).isEqualTo("Erledigt");
        assertThat(Instant.parse(entries.get(2).path("at").asString()))
                .isAfterOrEqualTo(Instant.parse(entries.get(0).path("at").asString()));
    }

    @Test
    void theHistoryOfAnIdeaIsAsVisibleAsTheIdea() {
        String id = asCitizen("h-author").post("/api/v1/ideas",
                "{\"title\":\"Geheim\",\"problem\":\"Noch nicht veröffentlicht\"}").field("id");
        asModerator("mitte").post("/api/v1/ideas/" + id + "/reject", "{\"reason\":\"Werbung\"}");

        assertThat(api.get("/api/v1/ideas/" + id + "/history").status()).isEqualTo(404);
        assertThat(asCitizen("somebody").get("/api/v1/ideas/" + id + "/history").status()).isEqualTo(404);
        assertThat(asModerator("pankow").get("/api/v1/ideas/" + id + "/history").status()).isEqualTo(404);
        HttpApi.Response byAuthor = asCitizen("h-author").get("/api/v1/ideas/" + id + "/history");
        assertThat(byAuthor.status()).isEqualTo(200);
        assertThat(byAuthor.json().path("entries").get(1).path("reason").asString()).isEqualTo("Werbung");
        assertThat(asCentralOffice().get("/api/v1/ideas/" + id + "/history").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/ideas/00000000-0000-7000-8000-000000000000/history").status()).isEqualTo(404);
    }
}
