package berlin.gemeinsam.ideas.idea;

import berlin.gemeinsam.testsupport.KafkaTestClient;
import berlin.gemeinsam.testsupport.PublishedEvents;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A publication is told twice: v1 for its consumers today, then v2 with the whole content, in one change. */
class IdeaPublishedV2IntegrationTest extends ServiceApiTest {

    private static final String V1 = "berlin.gemeinsam.idea.published.v1";
    private static final String V2 = "berlin.gemeinsam.idea.published.v2";

    @Test
    void aPublishedIdeaIsToldAsV1AndThenAsV2WithItsWholeContentInTheirPlacesOfTheIdeasOrder() {
        String id = asCitizen("c-7").post("/api/v1/ideas", """
                {"title":"Radweg Torstraße","problem":"Kein Radweg","category":"MOBILITY",
                 "principles":["SUSTAINABILITY","OPENNESS"],"location":{"latitude":52.529,"longitude":13.401},
                 "language":"en"}""").field("id");
        assertThat(asModerator("mitte").post("/api/v1/ideas/" + id + "/publish", "").status()).isEqualTo(200);

        List<ConsumerRecord<String, String>> published = KafkaTestClient.read("gemeinsam.mitte.ideas",
                record -> id.equals(record.key()), 2, Duration.ofSeconds(30));

        assertThat(published).extracting(record -> KafkaTestClient.header(record, "ce_type")).containsExactly(V1, V2);
        PublishedEvents.assertCloudEvent(published.get(0), V1, "mitte", "ideas-service");
        PublishedEvents.assertCloudEvent(published.get(1), V2, "mitte", "ideas-service");
        // the publication is the idea's first change (version 1); v1 is its first event, v2 its second
        assertThat(published).extracting(record -> KafkaTestClient.header(record, "ce_sequence"))
                .containsExactly("0000000000000000001.0000", "0000000000000000001.0001");
        JsonNode v2 = JsonMapper.shared().readTree(published.get(1).value());
        assertThat(v2.path("title").asString()).isEqualTo("Radweg Torstraße");
        assertThat(v2.path("category").asString()).isEqualTo("MOBILITY");
        assertThat(v2.path("principles").toString()).isEqualTo("[\"SUSTAINABILITY\",\"OPENNESS\"]");
        assertThat(v2.path("latitude").asDouble()).isEqualTo(52.529);
        assertThat(v2.path("longitude").asDouble()).isEqualTo(13.401);
        assertThat(v2.path("language").asString()).isEqualTo("en");
        assertThat(v2.path("publishedAt").asString()).isEqualTo(api.get("/api/v1/ideas/" + id).field("publishedAt"));
    }
}
