package berlin.gemeinsam.participation.comments;

import berlin.gemeinsam.participation.comments.application.CommentOrder;
import berlin.gemeinsam.participation.comments.domain.Comment;
import berlin.gemeinsam.participation.comments.domain.CommentTarget;
import berlin.gemeinsam.platform.paging.Cursor;
import berlin.gemeinsam.platform.paging.InvalidCursorException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommentOrderTest {

    private static final Instant POSTED = Instant.parse("2026-11-30T09:00:00.123Z");

    @Test
    void aCursorHoldsItsOrderTheSortKeyAndTheIdAndIsReadBackOnlyForThatOrder() {
        Comment comment = Comment.post("mitte", CommentTarget.MEASURE, "m-1", "p-1", "Text", POSTED).comment();

        Cursor oldest = CommentOrder.OLDEST.cursorAfter(comment);
        Cursor mostReplies = CommentOrder.MOST_REPLIES.cursorAfter(comment);

        Cursor read = CommentOrder.OLDEST.parse(oldest.encoded());
        assertThat(CommentOrder.sortKeyOf(read)).isEqualTo(POSTED.toEpochMilli());
        assertThat(CommentOrder.idOf(read)).isEqualTo(comment.getId());
        assertThat(CommentOrder.sortKeyOf(CommentOrder.MOST_REPLIES.parse(mostReplies.encoded()))).isZero();
        assertThatThrownBy(() -> CommentOrder.NEWEST.parse(oldest.encoded()))
                .isInstanceOf(InvalidCursorException.class);
        assertThatThrownBy(() -> CommentOrder.OLDEST.parse(Cursor.of("oldest", "gestern", "id").encoded()))
                .isInstanceOf(InvalidCursorException.class);
        assertThatThrownBy(() -> CommentOrder.OLDEST.parse(Cursor.of("oldest", "1").encoded()))
                .isInstanceOf(InvalidCursorException.class);
        assertThat(CommentOrder.ofParameter("mostReplies")).contains(CommentOrder.MOST_REPLIES);
        assertThat(CommentOrder.ofParameter("best")).isEmpty();
    }
}
