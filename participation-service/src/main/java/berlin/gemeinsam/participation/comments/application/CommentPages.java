package berlin.gemeinsam.participation.comments.application;

import berlin.gemeinsam.participation.comments.domain.Comment;
import berlin.gemeinsam.participation.comments.domain.CommentList;
import berlin.gemeinsam.platform.paging.Cursor;
import berlin.gemeinsam.platform.paging.CursorPage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PrimitiveIterator;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Pages of a list of comments read by the positions they cover: the order says which positions follow the cursor,
 * and the comments at the next {@code limit + 1} of them are read by their places, so a page costs the same however
 * deep it is and however long the list. A position whose comment was never stored (its process stopped after taking
 * it) is passed over by reading on.
 */
public final class CommentPages {

    private CommentPages() {
    }

    /**
     * The page of {@code list} in {@code order} after the cursor.
     *
     * @param at reads the comments at positions of the list, those that exist, in any order
     */
    public static CursorPage<Comment> page(CommentList list, CommentOrder order, Optional<Cursor> after, int limit,
                                           Function<List<Long>, List<Comment>> at) {
        PrimitiveIterator.OfLong positions = order.positions(list, after).iterator();
        List<Comment> itemsAndOneMore = new ArrayList<>();
        while (itemsAndOneMore.size() <= limit && positions.hasNext()) {
            List<Long> wanted = new ArrayList<>();
            while (wanted.size() < limit + 1 - itemsAndOneMore.size() && positions.hasNext()) {
                wanted.add(positions.nextLong());
            }
            Map<Long, Comment> found = at.apply(wanted).stream()
                    .collect(Collectors.toMap(comment -> comment.getPlace().position(), Function.identity()));
            wanted.stream().map(found::get).filter(Objects::nonNull).forEach(itemsAndOneMore::add);
        }
        return CursorPage.of(itemsAndOneMore, limit,
                last -> order.cursorAfter(list, last.getPlace().position()));
    }
}
