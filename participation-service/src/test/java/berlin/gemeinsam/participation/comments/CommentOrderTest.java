package berlin.gemeinsam.participation.comments;

import berlin.gemeinsam.participation.comments.application.CommentOrder;
import berlin.gemeinsam.participation.comments.application.CommentPages;
import berlin.gemeinsam.participation.comments.domain.Comment;
import berlin.gemeinsam.participation.comments.domain.CommentList;
import berlin.gemeinsam.participation.comments.domain.CommentTarget;
import berlin.gemeinsam.platform.paging.Cursor;
import berlin.gemeinsam.platform.paging.CursorPage;
import berlin.gemeinsam.platform.paging.InvalidCursorException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Pages of a list read by positions: each order, its cursors, empty positions and a ranking that changes. */
class CommentOrderTest {

    private static final Instant POSTED = Instant.parse("2026-11-30T09:00:00.123Z");
    private static final String LIST = Comment.listOf(CommentTarget.MEASURE, "m-1");

    /** Position 5 was taken by a process that stopped before storing its comment. */
    private final Map<Long, Comment> stored = new HashMap<>();
    private final Map<Long, Long> replies = new HashMap<>(Map.of(1L, 1L, 3L, 2L, 8L, 2L, 10L, 5L));
    private long positions = 12;
    private int reads;

    CommentOrderTest() {
        for (long position = 1; position <= positions; position++) {
            if (position != 5) {
                store(position);
            }
        }
    }

    private void store(long position) {
        stored.put(position, Comment.post("mitte", CommentTarget.MEASURE, "m-1", "p-" + position, "Text",
                POSTED, position).comment());
    }

    private CursorPage<Comment> page(CommentOrder order, Optional<Cursor> after, int limit) {
        CommentList list = new CommentList(LIST, positions, replies);
        return CommentPages.page(list, order, after, limit, wanted -> {
            reads++;
            assertThat(wanted).hasSizeLessThanOrEqualTo(limit + 1);
            return wanted.stream().map(stored::get).filter(Objects::nonNull).toList();
        });
    }

    private static List<Long> positionsOf(CursorPage<Comment> page) {
        return page.items().stream().map(comment -> comment.getPlace().position()).toList();
    }

    /** The whole list, three a page; each cursor goes out to the client and comes back as it would. */
    private List<Long> walk(CommentOrder order) {
        List<Long> walked = new ArrayList<>();
        Optional<Cursor> after = Optional.empty();
        do {
            CursorPage<Comment> page = page(order, after, 3);
            assertThat(page.items()).hasSizeBetween(1, 3);
            walked.addAll(positionsOf(page));
            after = page.next().map(cursor -> order.parse(cursor.encoded()));
        } while (after.isPresent());
        return walked;
    }

    @Test
    void eachOrderWalksEveryStoredCommentOncePassingOverAnEmptyPosition() {
        assertThat(walk(CommentOrder.OLDEST)).containsExactly(1L, 2L, 3L, 4L, 6L, 7L, 8L, 9L, 10L, 11L, 12L);
        assertThat(walk(CommentOrder.NEWEST)).containsExactly(12L, 11L, 10L, 9L, 8L, 7L, 6L, 4L, 3L, 2L, 1L);
        assertThat(walk(CommentOrder.MOST_REPLIES)).containsExactly(10L, 3L, 8L, 1L, 2L, 4L, 6L, 7L, 9L, 11L, 12L);
    }

    @Test
    void aPageReadsItsPositionsAtOnceAndReadsOnOnlyPastAnEmptyOne() {
        page(CommentOrder.OLDEST, Optional.empty(), 3);
        assertThat(reads).isOne();

        CursorPage<Comment> acrossTheEmpty = page(CommentOrder.OLDEST, Optional.of(Cursor.of("oldest", "2")), 3);

        assertThat(positionsOf(acrossTheEmpty)).containsExactly(3L, 4L, 6L);
        assertThat(reads).isEqualTo(3);
        assertThat(page(CommentOrder.OLDEST, Optional.of(Cursor.of("oldest", "12")), 3).items()).isEmpty();
    }

    @Test
    void aReaderGoesOnWhereTheyWereWhileCommentsArePostedAndRepliedTo() {
        CursorPage<Comment> first = page(CommentOrder.MOST_REPLIES, Optional.empty(), 3);
        CursorPage<Comment> oldest = page(CommentOrder.OLDEST, Optional.of(Cursor.of("oldest", "9")), 3);
        assertThat(positionsOf(first)).containsExactly(10L, 3L, 8L);
        assertThat(oldest.next()).isEmpty();

        replies.put(2L, 3L);
        positions = 13;
        store(13);

        assertThat(positionsOf(page(CommentOrder.MOST_REPLIES, first.next(), 3))).containsExactly(1L, 4L, 6L);
        assertThat(positionsOf(page(CommentOrder.OLDEST, Optional.of(Cursor.of("oldest", "12")), 3)))
                .containsExactly(13L);
        assertThat(walk(CommentOrder.MOST_REPLIES)).startsWith(10L, 2L, 3L, 8L, 1L).endsWith(12L, 13L);
    }

    @Test
    void aCursorIsReadBackOnlyForItsOrder() {
        String oldest = page(CommentOrder.OLDEST, Optional.empty(), 3).next().orElseThrow().encoded();
        String mostReplies = page(CommentOrder.MOST_REPLIES, Optional.empty(), 3).next().orElseThrow().encoded();

        assertThat(CommentOrder.OLDEST.parse(oldest)).isEqualTo(Cursor.of("oldest", "3"));
        assertThat(CommentOrder.MOST_REPLIES.parse(mostReplies)).isEqualTo(Cursor.of("mostReplies", "2", "8"));
        assertThatThrownBy(() -> CommentOrder.NEWEST.parse(oldest)).isInstanceOf(InvalidCursorException.class);
        assertThatThrownBy(() -> CommentOrder.OLDEST.parse(mostReplies)).isInstanceOf(InvalidCursorException.class);
        assertThatThrownBy(() -> CommentOrder.OLDEST.parse(Cursor.of("oldest", "gestern").encoded()))
                .isInstanceOf(InvalidCursorException.class);
        assertThatThrownBy(() -> CommentOrder.OLDEST.parse(Cursor.of("oldest", "-1").encoded()))
                .isInstanceOf(InvalidCursorException.class);
        assertThat(CommentOrder.ofParameter("mostReplies")).contains(CommentOrder.MOST_REPLIES);
        assertThat(CommentOrder.ofParameter("best")).isEmpty();
    }
}
