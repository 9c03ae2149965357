package berlin.gemeinsam.participation.comments.persistence;

import berlin.gemeinsam.participation.comments.domain.Comment;
import berlin.gemeinsam.participation.comments.domain.CommentTarget;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The places of comments in their lists, against the real store: handed out once each, and given to old comments. */
class CommentPlacesIntegrationTest extends ServiceApiTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    CommentRepository comments;

    @Test
    void concurrentPostsNeverTakeOnePositionTwice() throws Exception {
        String list = Comment.listOf(CommentTarget.MEASURE, UUID.randomUUID().toString());
        List<Long> taken = Collections.synchronizedList(new ArrayList<>());
        ExecutorService posters = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int poster = 0; poster < 4; poster++) {
                done.add(posters.submit(() -> IntStream.range(0, 25)
                        .forEach(post -> taken.add(comments.nextPosition(list)))));
            }
            for (Future<?> poster : done) {
                poster.get();
            }
        } finally {
            posters.shutdown();
        }

        assertThat(taken).hasSize(100).doesNotHaveDuplicates().allMatch(position -> position >= 1 && position <= 100);
        assertThat(comments.list(list, false).positions()).isEqualTo(100);
    }

    @Test
    void commentsStoredBeforePlacesArePlacedInTheOrderTheyWerePostedAndRankedByTheirReplies() {
        String measureId = UUID.randomUUID().toString();
        String list = Comment.listOf(CommentTarget.MEASURE, measureId);
        Instant posted = Instant.parse("2026-06-01T10:00:00Z");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            mongo.getCollection("comment").insertOne(new Document("_id", id).append("targetType", "MEASURE")
                    .append("targetId", measureId).append("listedIn", list).append("unit", "mitte")
                    .append("authorId", "p-" + i).append("text", "Beitrag " + i)
                    .append("postedAt", Date.from(posted.minusSeconds(i))).append("replyCount", i == 1 ? 4L : 0L)
                    .append("reports", List.of()).append("version", 0L));
        }

        comments.placeCommentsStoredWithoutPlaces();
        comments.placeCommentsStoredWithoutPlaces();

        String thread = "/api/v1/measures/" + measureId + "/comments";
        assertThat(ids(api.get(thread + "?sort=oldest").json())).containsExactly(ids.get(2), ids.get(1), ids.get(0));
        assertThat(ids(api.get(thread + "?sort=mostReplies").json())).containsExactly(ids.get(1), ids.get(2),
                ids.get(0));
        assertThat(comments.list(list, true).positions()).isEqualTo(3);
        assertThat(mongo.getCollection("comment").find(new Document("_id", ids.get(0))).first().getLong("version"))
                .isOne();
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }
}
