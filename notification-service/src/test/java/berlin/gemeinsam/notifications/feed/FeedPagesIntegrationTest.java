package berlin.gemeinsam.notifications.feed;

import berlin.gemeinsam.notifications.subscriptions.domain.Subscription;
import berlin.gemeinsam.notifications.subscriptions.domain.Target;
import berlin.gemeinsam.platform.paging.Cursor;
import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.KafkaTestClient;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
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

/** The feed read page by page from a cursor, only its unread entries, and marked read one by one or all at once. */
class FeedPagesIntegrationTest extends ServiceApiTest {

    private static final String IDEA_PUBLISHED = "berlin.gemeinsam.idea.published.v1";
    private static final Duration DELIVERY = Duration.ofSeconds(30);
    private static final Instant START = Instant.parse("2026-11-30T08:00:00Z");

    @Autowired
    MongoTemplate mongo;

    /** Following is not what is tested here, so it is stored as the subscriptions API stores it. */
    private void followIdeas(String subscriberId, List<String> ideaIds) {
        ideaIds.forEach(ideaId -> mongo.insert(Subscription.follow(subscriberId, Target.idea(ideaId), Instant.now())));
    }

    /** The idea published {@code minutes} after the start: the feed orders by the time of the event. */
    private static void ideaPublished(String ideaId, int minutes) {
        Instant time = START.plusSeconds(60L * minutes);
        String data = """
                {"ideaId":"%s","unit":"pankow","title":"Idee %d","problem":"Es fehlt etwas","proposal":null,
                 "category":"Stadtraum","publishedAt":"%s"}""".formatted(ideaId, minutes, time);
        Map<String, String> headers = new HashMap<>(KafkaTestClient.cloudEventHeaders(UUID.randomUUID().toString(),
                "/units/pankow/ideas-service", IDEA_PUBLISHED, ideaId, "pankow"));
        headers.put("ce_time", time.toString());
        KafkaTestClient.send("gemeinsam.pankow.ideas", ideaId, data.getBytes(StandardCharsets.UTF_8), headers);
    }

    /** Ideas followed by the subscriber, published one minute apart, the first earliest; their entries awaited. */
    private List<String> toldOf(String subscriberId, int count) {
        List<String> ideas = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ideas.add(UUID.randomUUID().toString());
        }
        followIdeas(subscriberId, ideas);
        for (int i = 0; i < count; i++) {
            ideaPublished(ideas.get(i), i);
        }
        await().atMost(DELIVERY).until(() -> page(subscriberId, "/feed?size=100").path("items").size() == count);
        return ideas;
    }

    private JsonNode page(String subscriberId, String pathAndQuery) {
        HttpApi.Response page = asCitizen(subscriberId).get("/api/v1/subscribers/" + subscriberId + pathAndQuery);
        assertThat(page.status()).as(page.text()).isEqualTo(200);
        return page.json();
    }

    private static List<String> subjects(JsonNode page) {
        return page.path("items").findValuesAsString("subject");
    }

    @Test
    void theFeedIsReadOnFromTheCursorNewestFirstAndAnEntryAddedMeanwhileShiftsNothing() {
        String subscriber = "pages-" + UUID.randomUUID();
        List<String> ideas = toldOf(subscriber, 5);

        JsonNode first = page(subscriber, "/feed?size=2");
        assertThat(subjects(first)).containsExactly(ideas.get(4), ideas.get(3));
        assertThat(first.path("size").asInt()).isEqualTo(2);
        assertThat(first.path("items").get(0).path("read").asBoolean()).isFalse();
        // an entry of an earlier event arrives between two pages: it takes its place in the order, nothing repeats
        String late = UUID.randomUUID().toString();
        followIdeas(subscriber, List.of(late));
        ideaPublished(late, -1);
        await().atMost(DELIVERY).until(() -> subjects(page(subscriber, "/feed?size=100")).contains(late));
        HttpApi.Response second = asCitizen(subscriber).get(first.path("next").asString());
        assertThat(second.status()).isEqualTo(200);
        assertThat(subjects(second.json())).containsExactly(ideas.get(2), ideas.get(1));
        JsonNode third = page(subscriber, "/feed?size=2&cursor=" + second.json().path("nextCursor").asString());
        assertThat(subjects(third)).containsExactly(ideas.get(0), late);
        assertThat(third.path("nextCursor").isNull()).isTrue();
        assertThat(third.path("next").isNull()).isTrue();
        // the numbered pages answer as before
        assertThat(subjects(page(subscriber, "/notifications?size=2&page=1")))
                .containsExactly(ideas.get(2), ideas.get(1));
    }

    @Test
    void aCursorNotAnsweredByTheFeedIsABadRequestNamingIt() {
        String subscriber = "pages-" + UUID.randomUUID();

        for (String cursor : List.of("kein-cursor", "bm9jaA", "YQ", Cursor.of("gestern", "x").encoded())) {
            HttpApi.Response answer = asCitizen(subscriber).inLanguage("en")
                    .get("/api/v1/subscribers/" + subscriber + "/feed?cursor=" + cursor);
            assertThat(answer.status()).as(cursor).isEqualTo(400);
            assertThat(answer.json().path("errors").findValuesAsString("field")).containsExactly("cursor");
        }
    }

    @Test
    void entriesMarkedReadLeaveTheUnreadFeedOneByOneOrAllAtOnce() {
        String subscriber = "pages-" + UUID.randomUUID();
        List<String> ideas = toldOf(subscriber, 3);
        JsonNode entries = page(subscriber, "/feed").path("items");
        String newest = entries.get(0).path("id").asString();
        String markNewest = "/api/v1/subscribers/" + subscriber + "/notifications/" + newest + "/read";

        assertThat(asCitizen(subscriber).post(markNewest, "").status()).isEqualTo(204);
        assertThat(asCitizen(subscriber).post(markNewest, "").status()).isEqualTo(204);

        assertThat(subjects(page(subscriber, "/feed?unread=true"))).containsExactly(ideas.get(1), ideas.get(0));
        assertThat(page(subscriber, "/feed").path("items").get(0).path("read").asBoolean()).isTrue();
        assertThat(page(subscriber, "/notifications").path("items").get(0).path("read").asBoolean()).isTrue();
        JsonNode firstUnread = page(subscriber, "/feed?unread=true&size=1");
        assertThat(subjects(firstUnread)).containsExactly(ideas.get(1));
        assertThat(firstUnread.path("next").asString()).contains("unread=true");
        // another's entry, or none, is as good as missing
        String other = "pages-" + UUID.randomUUID();
        assertThat(asCitizen(other).post("/api/v1/subscribers/" + other + "/notifications/" + newest + "/read", "")
                .status()).isEqualTo(404);
        assertThat(asCitizen(other).post(markNewest, "").status()).isEqualTo(404);
        assertThat(api.post(markNewest, "").status()).isEqualTo(401);

        HttpApi.Response all = asCitizen(subscriber).post("/api/v1/subscribers/" + subscriber + "/notifications/read", "");

        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().path("markedRead").asLong()).isEqualTo(2);
        assertThat(subjects(page(subscriber, "/feed?unread=true"))).isEmpty();
        assertThat(subjects(page(subscriber, "/feed"))).hasSize(3);
    }
}
