package berlin.gemeinsam.participation.comments;

import berlin.gemeinsam.participation.PankowIdeas;
import berlin.gemeinsam.participation.comments.application.CommentService;
import berlin.gemeinsam.participation.comments.application.Comments;
import berlin.gemeinsam.participation.comments.domain.Comment;
import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.KafkaTestClient;
import berlin.gemeinsam.testsupport.PublishedEvents;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Threads of comments through the API, against the real store and broker. */
class CommentsIntegrationTest extends ServiceApiTest {

    private static final String PARTICIPATION_TOPIC = "gemeinsam.mitte.participation";

    @Autowired
    MongoTemplate mongo;

    @Autowired
    Comments comments;

    @Autowired
    CommentService service;

    private HttpApi.Response comment(HttpApi as, String path, String text) {
        return as.post(path, "{\"text\":\"" + text + "\"}");
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }

    private static ConsumerRecord<String, String> eventOf(String commentId, String type) {
        List<ConsumerRecord<String, String>> events = KafkaTestClient.readUntil(PARTICIPATION_TOPIC,
                record -> commentId.equals(record.key()) && type.equals(KafkaTestClient.header(record, "ce_type")),
                Duration.ofSeconds(20));
        assertThat(events).hasSize(1);
        PublishedEvents.assertCloudEvent(events.get(0), type, "mitte", "participation-service");
        return events.get(0);
    }

    /** The state a process leaves when it stops between storing a reply and counting it: the catch-up counts it. */
    @Test
    void aReplyAStoppedProcessLeftUncountedIsCountedOnce() {
        String ideaId = PankowIdeas.published(api);
        String parentId = comment(asCitizen("p-carla"), "/api/v1/ideas/" + ideaId + "/comments", "Mehr Bänke!")
                .field("id");
        comment(asCitizen("p-dana"), "/api/v1/comments/" + parentId + "/replies", "Ja, am Ufer.");
        Comment parent = comments.find(parentId).orElseThrow();
        Comment.Posted uncounted = parent.reply("mitte", "p-emil", "Und Schatten.", Instant.now(),
                () -> comments.nextPosition(Comment.repliesTo(parentId)));
        comments.add(uncounted.comment(), List.of(uncounted.event()));
        assertThat(api.get("/api/v1/comments/" + parentId).json().path("replyCount").asLong()).isEqualTo(1);

        service.countUncountedReplies();
        service.countUncountedReplies();

        assertThat(api.get("/api/v1/comments/" + parentId).json().path("replyCount").asLong()).isEqualTo(2);
        assertThat(comments.uncountedReplies(10)).isEmpty();
    }

    @Test
    void aThreadOfRepliesToRepliesIsReadListByListAndEachPostPublishesItsEvent() {
        String ideaId = PankowIdeas.published(api);
        String comments = "/api/v1/ideas/" + ideaId + "/comments";

        HttpApi.Response first = comment(asCitizen("p-anna"), comments, "Gute Idee, aber wer pflegt das?");
        assertThat(first.status()).isEqualTo(201);
        String firstId = first.field("id");
        assertThat(first.location()).endsWith("/api/v1/comments/" + firstId);
        assertThat(first.field("authorId")).isEqualTo("p-anna");
        assertThat(first.json().path("editable").asBoolean()).isTrue();
        HttpApi.Response reply = comment(asCitizen("p-ben"), "/api/v1/comments/" + firstId + "/replies",
                "Das Grünflächenamt.");
        String replyId = reply.field("id");
        String answerId = comment(asCitizen("p-anna"), "/api/v1/comments/" + replyId + "/replies", "Danke!")
                .field("id");
        comment(asModerator("mitte"), comments, "Wir prüfen das.");

        JsonNode thread = api.get(comments).json();
        assertThat(thread.path("items")).hasSize(2);
        assertThat(thread.path("items").get(0).path("replyCount").asLong()).isEqualTo(1);
        assertThat(thread.path("items").get(0).path("editable").asBoolean()).isFalse();
        assertThat(thread.path("next").isNull()).isTrue();
        assertThat(ids(api.get("/api/v1/comments/" + firstId + "/replies").json().path("items")))
                .containsExactly(replyId);
        JsonNode answers = api.get("/api/v1/comments/" + replyId + "/replies").json().path("items");
        assertThat(ids(answers)).containsExactly(answerId);
        assertThat(answers.get(0).path("parentId").asString()).isEqualTo(replyId);
        assertThat(answers.get(0).path("targetId").asString()).isEqualTo(ideaId);

        ConsumerRecord<String, String> posted = eventOf(answerId, "berlin.gemeinsam.comment.posted.v1");
        assertThat(posted.value()).contains("\"parentId\":\"" + replyId + "\"").contains("\"authorId\":\"p-anna\"")
                .doesNotContain("Danke");
        assertThat(api.get("/api/v1/ideas/" + UUID.randomUUID() + "/comments").status()).isEqualTo(404);
    }

    @Test
    void onlyTheAuthorEditsAndOnlyWithinFifteenMinutes() {
        String measureId = UUID.randomUUID().toString();
        String id = comment(asCitizen("p-carla"), "/api/v1/measures/" + measureId + "/comments", "Zu teuer")
                .field("id");
        String path = "/api/v1/comments/" + id;

        HttpApi.Response byOther = asCitizen("p-dora").send("PATCH", path, "{\"text\":\"Gekapert\"}", Map.of());
        assertThat(byOther.status()).isEqualTo(403);
        HttpApi.Response edited = asCitizen("p-carla").send("PATCH", path, "{\"text\":\"Zu teuer für 2027\"}",
                Map.of());
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.field("text")).isEqualTo("Zu teuer für 2027");
        assertThat(edited.field("editedAt")).isNotBlank();
        eventOf(id, "berlin.gemeinsam.comment.edited.v1");

        // sixteen minutes on: the comment as it stands in the store after that time
        mongo.getCollection("comment").updateOne(new Document("_id", id), new Document("$set",
                new Document("postedAt", Date.from(Instant.now().minus(Duration.ofMinutes(16))))));
        HttpApi.Response tooLate = asCitizen("p-carla").inLanguage("en").send("PATCH", path,
                "{\"text\":\"Doch nicht\"}", Map.of());
        assertThat(tooLate.status()).isEqualTo(409);
        assertThat(tooLate.contentType()).startsWith("application/problem+json");
        assertThat(tooLate.field("currentState")).isEqualTo("EDIT_WINDOW_CLOSED");
        assertThat(api.get(path).field("text")).isEqualTo("Zu teuer für 2027");
    }

    @Test
    void aHiddenCommentStaysInItsThreadWithoutItsTextWhichOnlyModeratorsRead() {
        String measureId = UUID.randomUUID().toString();
        String comments = "/api/v1/measures/" + measureId + "/comments";
        String before = comment(asCitizen("p-1"), comments, "Erster").field("id");
        String offensive = comment(asCitizen("p-2"), comments, "Beleidigung").field("id");
        String after = comment(asCitizen("p-3"), comments, "Dritter").field("id");
        String reply = comment(asCitizen("p-1"), "/api/v1/comments/" + offensive + "/replies", "Nicht nett")
                .field("id");

        assertThat(asCitizen("p-4").post("/api/v1/comments/" + offensive + "/reports",
                "{\"reason\":\"beleidigend\"}").status()).isEqualTo(204);
        assertThat(asCitizen("p-4").post("/api/v1/comments/" + offensive + "/reports",
                "{\"reason\":\"immer noch\"}").status()).isEqualTo(204);
        assertThat(asCitizen("p-5").post("/api/v1/comments/" + offensive + "/reports",
                "{\"reason\":\"ja\"}").status()).isEqualTo(204);
        assertThat(asModerator("mitte").get("/api/v1/comments/" + offensive).json().path("reportCount").asInt())
                .isEqualTo(2);
        assertThat(asCitizen("p-4").post("/api/v1/comments/" + offensive + "/hide", "{\"reason\":\"x\"}").status())
                .isEqualTo(403);
        assertThat(asModerator("pankow").post("/api/v1/comments/" + offensive + "/hide", "{\"reason\":\"x\"}")
                .status()).isEqualTo(403);

        HttpApi.Response hidden = asModerator("mitte").post("/api/v1/comments/" + offensive + "/hide",
                "{\"reason\":\"Beleidigung eines Nachbarn\"}");

        assertThat(hidden.status()).isEqualTo(200);
        JsonNode thread = api.get(comments).json().path("items");
        assertThat(ids(thread)).containsExactly(before, offensive, after);
        assertThat(thread.get(1).path("hidden").asBoolean()).isTrue();
        assertThat(thread.get(1).path("text").isNull()).isTrue();
        assertThat(thread.get(1).path("hiddenReason").isNull()).isTrue();
        assertThat(thread.get(1).path("replyCount").asLong()).isEqualTo(1);
        assertThat(thread.get(0).path("text").asString()).isEqualTo("Erster");
        assertThat(ids(api.get("/api/v1/comments/" + offensive + "/replies").json().path("items")))
                .containsExactly(reply);
        JsonNode audited = asModerator("mitte").get(comments).json().path("items").get(1);
        assertThat(audited.path("text").asString()).isEqualTo("Beleidigung");
        assertThat(audited.path("hiddenReason").asString()).isEqualTo("Beleidigung eines Nachbarn");
        assertThat(comment(asCitizen("p-2"), "/api/v1/comments/" + offensive + "/replies", "Trotzdem").status())
                .isEqualTo(409);
        ConsumerRecord<String, String> event = eventOf(offensive, "berlin.gemeinsam.comment.hidden.v1");
        assertThat(event.value()).doesNotContain("\"Beleidigung\"");
    }

    @Test
    void walkingEveryOrderPageByPageAnswersEachCommentOnceInOrder() {
        String measureId = UUID.randomUUID().toString();
        String comments = "/api/v1/measures/" + measureId + "/comments";
        List<String> posted = new ArrayList<>();
        Map<String, Integer> replies = new HashMap<>();
        for (int i = 0; i < 23; i++) {
            posted.add(comment(asCitizen("p-" + i), comments, "Beitrag " + i).field("id"));
        }
        for (int i = 0; i < 23; i += 3) {
            int count = 1 + i % 4;
            for (int r = 0; r < count; r++) {
                comment(asCitizen("p-r"), "/api/v1/comments/" + posted.get(i) + "/replies", "Antwort");
            }
            replies.put(posted.get(i), count);
        }

        JsonNode all = api.get(comments + "?limit=100").json().path("items");
        List<JsonNode> stored = new ArrayList<>();
        all.forEach(stored::add);
        Comparator<JsonNode> byTime = Comparator.comparing((JsonNode c) -> Instant.parse(c.path("postedAt").asString()))
                .thenComparing(c -> c.path("id").asString());
        List<String> oldest = stored.stream().sorted(byTime).map(c -> c.path("id").asString()).toList();
        List<String> newest = stored.stream().sorted(byTime.reversed()).map(c -> c.path("id").asString()).toList();
        List<String> mostReplies = stored.stream().sorted(Comparator
                .comparing((JsonNode c) -> -replies.getOrDefault(c.path("id").asString(), 0))
                .thenComparing(c -> c.path("id").asString())).map(c -> c.path("id").asString()).toList();
        assertThat(oldest).containsExactlyInAnyOrderElementsOf(posted);

        assertThat(walk(comments, "oldest")).containsExactlyElementsOf(oldest);
        assertThat(walk(comments, "newest")).containsExactlyElementsOf(newest);
        assertThat(walk(comments, "mostReplies")).containsExactlyElementsOf(mostReplies);
    }

    /** Every page of the list in the order, four a page, following the cursors. */
    private List<String> walk(String path, String sort) {
        List<String> walked = new ArrayList<>();
        String cursor = null;
        do {
            HttpApi.Response page = api.get(path + "?sort=" + sort + "&limit=4"
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)));
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.json().path("items").size()).isBetween(1, 4);
            walked.addAll(ids(page.json().path("items")));
            cursor = page.json().path("next").isNull() ? null : page.json().path("next").asString();
        } while (cursor != null);
        return walked;
    }

    @Test
    void badInputIsA400NamingTheFieldAndStoresNothing() {
        String measureId = UUID.randomUUID().toString();
        String comments = "/api/v1/measures/" + measureId + "/comments";
        comment(asCitizen("p-1"), comments, "Eins");
        comment(asCitizen("p-1"), comments, "Zwei");
        String oldestCursor = api.get(comments + "?limit=1").field("next");
        long before = mongo.getCollection("comment").countDocuments();

        assertField(comment(asCitizen("p-1"), comments, "x".repeat(2001)), "text");
        assertField(comment(asCitizen("p-1"), comments, "Siehe <a href=x>hier</a>"), "text");
        assertField(comment(asCitizen("p-1"), comments, " "), "text");
        assertField(comment(asCitizen("p-1"), "/api/v1/measures/keine-id/comments", "Gut"), "measureId");
        assertField(api.get(comments + "?cursor=kaputt"), "cursor");
        assertField(api.get(comments + "?sort=newest&cursor=" + oldestCursor), "cursor");
        assertField(api.get(comments + "?limit=0"), "limit");
        assertField(api.get(comments + "?limit=101"), "limit");
        assertField(api.get(comments + "?sort=best"), "sort");
        assertThat(comment(asCitizen("p-1"), comments, "x".repeat(2000)).status()).isEqualTo(201);
        assertThat(comment(asCitizen("p-1"), comments, "a < b, <3").status()).isEqualTo(201);
        assertThat(mongo.getCollection("comment").countDocuments()).isEqualTo(before + 2);
        assertThat(api.get(comments).json().path("items").size()).isEqualTo(4);
    }

    private static void assertField(HttpApi.Response response, String field) {
        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("errors").findValuesAsString("field")).containsExactly(field);
    }
}
