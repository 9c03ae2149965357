package berlin.gemeinsam.ideas.idea.persistence;

import berlin.gemeinsam.testsupport.ServiceApiTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Ideas stored with a free-text category before the fixed list are readable again, and lose none of their text. */
class FreeTextCategoryConversionIntegrationTest extends ServiceApiTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    FreeTextCategoryConversion conversion;

    /** An idea as a version before the fixed list stored it, published. */
    private String storedBeforeTheList(String category) {
        String id = UUID.randomUUID().toString();
        Date submitted = Date.from(Instant.parse("2025-06-01T10:00:00Z"));
        mongo.insert(new Document("_id", id).append("unit", "mitte").append("title", "Alte Idee")
                .append("problem", "Von früher").append("category", category).append("authorId", "old-author")
                .append("submittedAt", submitted).append("status", "PUBLISHED").append("publishedAt", submitted)
                .append("supportCount", 3L).append("version", 4L).append("outbox", List.of()), "idea");
        return id;
    }

    private Document stored(String id) {
        return mongo.getCollection("idea").find(new Document("_id", id)).first();
    }

    @Test
    void labelsOfTheFieldsOfActionBecomeTheFieldAndOtherTextIsKeptAsFormerCategory() {
        String german = storedBeforeTheList("Mobilität");
        String english = storedBeforeTheList("environment and climate");
        String other = storedBeforeTheList("Spielplätze");
        String current = storedBeforeTheList("CULTURE");

        conversion.convertFreeTextCategories();
        assertThat(conversion.convertFreeTextCategories()).as("a second run finds nothing left").isZero();

        JsonNode mobility = api.get("/api/v1/ideas/" + german).json();
        assertThat(mobility.path("category").asString()).isEqualTo("MOBILITY");
        assertThat(mobility.path("formerCategory").isNull()).isTrue();
        assertThat(api.get("/api/v1/ideas/" + english).json().path("category").asString())
                .isEqualTo("ENVIRONMENT_CLIMATE");
        JsonNode kept = api.get("/api/v1/ideas/" + other).json();
        assertThat(kept.path("category").isNull()).isTrue();
        assertThat(kept.path("formerCategory").asString()).isEqualTo("Spielplätze");
        assertThat(kept.path("supportCount").asLong()).isEqualTo(3);
        assertThat(stored(other)).doesNotContainKey("category");
        assertThat(((Number) stored(other).get("version")).longValue()).isEqualTo(5);
        assertThat(stored(current)).containsEntry("category", "CULTURE");
        assertThat(((Number) stored(current).get("version")).longValue()).isEqualTo(4);
        assertThat(api.get("/api/v1/ideas/" + current).json().path("category").asString()).isEqualTo("CULTURE");
    }

    @Test
    void aConvertedIdeaChangesAsAnyOtherAndKeepsItsFormerCategory() {
        String id = storedBeforeTheList("Grünflächen");
        conversion.convertFreeTextCategories();

        assertThat(asModerator("mitte").post("/api/v1/ideas/" + id + "/shortlist", "").status()).isEqualTo(200);

        JsonNode shortlisted = api.get("/api/v1/ideas/" + id).json();
        assertThat(shortlisted.path("status").asString()).isEqualTo("SHORTLISTED");
        assertThat(shortlisted.path("formerCategory").asString()).isEqualTo("Grünflächen");
        assertThat(stored(id)).containsEntry("formerCategory", "Grünflächen");
    }
}
