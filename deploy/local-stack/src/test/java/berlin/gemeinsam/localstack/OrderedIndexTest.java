package berlin.gemeinsam.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.Test;

class OrderedIndexTest {

    private static final Instant MONDAY = Instant.parse("2026-11-30T08:00:00Z");
    private static final Instant TUESDAY = MONDAY.plusSeconds(86_400);
    private static final Instant WEDNESDAY = TUESDAY.plusSeconds(86_400);

    private final OrderedIndex changedAt = index("changedAt_1__id_1", "changedAt", "_id");

    @Test
    void answersTheSearchFollowersPollWithTheIdeasChangedSinceItsWatermarkOnly() {
        add(changedAt, "a", MONDAY);
        add(changedAt, "b", TUESDAY);
        add(changedAt, "c", TUESDAY);
        add(changedAt, "d", WEDNESDAY);

        Document firstPoll = query("changedAt", new Document("$gte", TUESDAY));
        Document nextPoll = query("$or", List.of(query("changedAt", new Document("$gt", TUESDAY)),
                query("changedAt", TUESDAY).append("_id", new Document("$gt", "b"))));

        assertThat(changedAt.canHandle(firstPoll)).isTrue();
        assertThat(changedAt.getPositions(firstPoll)).containsExactly("b", "c", "d");
        assertThat(changedAt.canHandle(nextPoll)).isTrue();
        assertThat(changedAt.getPositions(nextPoll)).containsExactlyInAnyOrder("b", "c", "d");
        assertThat(changedAt.getPositions(query("changedAt", new Document("$gte", WEDNESDAY.plusSeconds(1)))))
                .isEmpty();
    }

    @Test
    void findsEqualNumbersOfEveryTypeAndEveryValueOfAnInList() {
        OrderedIndex attempts = index("attempts_1", "attempts");
        add(attempts, "int", 1);
        add(attempts, "long", 1L);
        add(attempts, "double", 1.0);
        add(attempts, "two", 2);
        add(attempts, "none", null);
        attempts.add(new Document("_id", "missing"), "missing", null);

        assertThat(attempts.getPositions(query("attempts", 1L))).containsExactlyInAnyOrder("int", "long", "double");
        assertThat(attempts.getPositions(query("attempts", new Document("$in", List.of(2, 1.0)))))
                .containsExactlyInAnyOrder("int", "long", "double", "two");
        assertThat(attempts.getPositions(query("attempts", null))).containsExactlyInAnyOrder("none", "missing");
        assertThat(attempts.getPositions(query("attempts", new Document("$lte", 1))))
                .contains("int", "long", "double").doesNotContain("two");
        assertThat(attempts.getPositions(query("$and", List.of(query("status", "DUE"), query("attempts", 2)))))
                .containsExactly("two");
    }

    @Test
    void leavesToAFullReadWhatItsRangesCannotBound() {
        add(changedAt, "a", MONDAY);

        assertThat(changedAt.canHandle(query("status", "DRAFT"))).isFalse();
        assertThat(changedAt.canHandle(query("changedAt", new Document("$ne", MONDAY)))).isFalse();
        assertThat(changedAt.canHandle(query("changedAt", new Document("$exists", true)))).isFalse();
        assertThat(changedAt.canHandle(query("changedAt", Pattern.compile("^2026")))).isFalse();
        assertThat(changedAt.canHandle(query("$or", List.of(query("changedAt", MONDAY), query("status", "DRAFT")))))
                .isFalse();
    }

    @Test
    void followsADocumentWhoseKeyChangesAndGivesItsPositionBackWhenItIsRemoved() {
        add(changedAt, "a", MONDAY);
        Document before = document("a", MONDAY);
        Document after = document("a", WEDNESDAY);

        changedAt.updateInPlace(before, after, "a", null);

        assertThat(changedAt.getPositions(query("changedAt", MONDAY))).isEmpty();
        assertThat(changedAt.getPositions(query("changedAt", WEDNESDAY))).containsExactly("a");
        assertThat(changedAt.remove(after)).isEqualTo("a");
        assertThat(changedAt.getCount()).isZero();
    }

    @Test
    void stopsAnsweringOnceADocumentHoldsAnArrayUnderItsKeyAndStillGivesPositionsBack() {
        OrderedIndex listedIn = index("list", "listedIn");
        add(listedIn, "a", "thread-1");
        Document listed = document("b", List.of("thread-1", "thread-2"), "listedIn");
        listedIn.add(listed, "b", null);

        assertThat(listedIn.canHandle(query("listedIn", "thread-1"))).isFalse();
        assertThat(listedIn.remove(listed)).isEqualTo("b");
        assertThat(listedIn.remove(document("a", "thread-1", "listedIn"))).isEqualTo("a");
    }

    @Test
    void findsValuesInSubDocumentsAndStopsAnsweringOnceAnArrayIsOnTheWay() {
        OrderedIndex target = index("target.type_1_target._id_1", "target.type", "target._id");
        target.add(new Document("_id", "s1").append("target", new Document("type", "UNIT").append("_id", "mitte")),
                "s1", null);
        target.add(new Document("_id", "s2").append("target", new Document("type", "IDEA").append("_id", "i1")),
                "s2", null);
        target.add(new Document("_id", "s3").append("target", "UNIT"), "s3", null);
        target.add(new Document("_id", "s4"), "s4", null);

        assertThat(target.getPositions(query("target.type", "UNIT").append("target._id", "mitte")))
                .containsExactly("s1");
        assertThat(target.getPositions(query("target.type", null))).containsExactlyInAnyOrder("s3", "s4");

        Document inAnArray = new Document("_id", "s5")
                .append("target", List.of(new Document("type", "UNIT").append("_id", "mitte")));
        target.add(inAnArray, "s5", null);

        assertThat(target.canHandle(query("target.type", "UNIT"))).isFalse();
        assertThat(target.remove(inAnArray)).isEqualTo("s5");
    }

    @Test
    void answersEqualityOnTheLeadingKeysWithTheRangeOfTheNextOnly() {
        OrderedIndex feed = index("subscriberId_1_time_-1", "subscriberId", "time");
        feed.add(new Document("_id", "m1").append("subscriberId", "anna").append("time", MONDAY), "m1", null);
        feed.add(new Document("_id", "t1").append("subscriberId", "anna").append("time", TUESDAY), "t1", null);
        feed.add(new Document("_id", "w1").append("subscriberId", "anna").append("time", WEDNESDAY), "w1", null);
        feed.add(new Document("_id", "t2").append("subscriberId", "ben").append("time", TUESDAY), "t2", null);
        feed.add(new Document("_id", "x").append("subscriberId", "carla"), "x", null);

        assertThat(feed.getPositions(query("subscriberId", "anna"))).containsExactly("m1", "t1", "w1");
        assertThat(feed.getPositions(query("subscriberId", "anna")
                .append("time", new Document("$gt", MONDAY.plusSeconds(1))))).containsExactly("t1", "w1");
        assertThat(feed.getPositions(query("subscriberId", new Document("$in", List.of("anna", "ben")))
                .append("time", TUESDAY))).containsExactlyInAnyOrder("t1", "t2");
        assertThat(feed.getPositions(query("$and", List.of(query("time", new Document("$lte", MONDAY)),
                query("subscriberId", "anna"))))).containsExactly("m1");
        assertThat(feed.getPositions(query("subscriberId", "carla").append("time", null))).containsExactly("x");
        assertThat(feed.getPositions(query("subscriberId", "anna")
                .append("time", new Document("$gt", WEDNESDAY).append("$lt", MONDAY)))).isEmpty();
        assertThat(feed.canHandle(query("time", TUESDAY))).isFalse();
    }

    private static OrderedIndex index(String name, String... keys) {
        return new OrderedIndex(name, Arrays.stream(keys).map(key -> new IndexKey(key, true)).toList(), false);
    }

    private void add(OrderedIndex index, String id, Object value) {
        String key = index.getKeys().get(0).getKey();
        index.add(document(id, value, key), id, null);
    }

    private static Document document(String id, Object value) {
        return document(id, value, "changedAt");
    }

    private static Document document(String id, Object value, String key) {
        return new Document("_id", id).append(key, value);
    }

    private static Document query(String key, Object condition) {
        return new Document(key, condition);
    }
}
