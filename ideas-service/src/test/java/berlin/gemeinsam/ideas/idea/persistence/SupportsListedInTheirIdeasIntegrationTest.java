package berlin.gemeinsam.ideas.idea.persistence;

import berlin.gemeinsam.ideas.idea.application.SupportCounting;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Ideas stored with the ids of their counted supports in their own document keep their count and count each once. */
class SupportsListedInTheirIdeasIntegrationTest extends ServiceApiTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    SupportPlaceRepository places;

    @Autowired
    SupportCounting supports;

    private long supportCount(String ideaId) {
        return api.get("/api/v1/ideas/" + ideaId).json().path("supportCount").asLong();
    }

    @Test
    void supportsListedInAnIdeaTakeTheirPlacesAndAreNotCountedAgain() {
        String ideaId = asCitizen("c-5").post("/api/v1/ideas", "{\"title\":\"Bäume\",\"problem\":\"Zu heiß\"}").field("id");
        assertThat(asModerator("mitte").post("/api/v1/ideas/" + ideaId + "/publish", "").status()).isEqualTo(200);
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        mongo.getCollection("idea").updateOne(new Document("_id", ideaId), new Document("$set",
                new Document(SupportPlaceRepository.LISTED_IN_THE_IDEA, List.of(first, second)).append("supportCount", 2L)));

        places.placeSupportsListedInTheirIdeas();
        places.placeSupportsListedInTheirIdeas();

        assertThat(mongo.getCollection("idea").find(new Document("_id", ideaId)).first())
                .doesNotContainKey(SupportPlaceRepository.LISTED_IN_THE_IDEA);
        assertThat(supportCount(ideaId)).isEqualTo(2);
        supports.count(ideaId, first);
        supports.count(ideaId, second);
        assertThat(supportCount(ideaId)).isEqualTo(2);
        supports.count(ideaId, UUID.randomUUID().toString());
        assertThat(supportCount(ideaId)).isEqualTo(3);
        assertThat(places.placeOf(ideaId, second)).hasValue(2);
    }
}
