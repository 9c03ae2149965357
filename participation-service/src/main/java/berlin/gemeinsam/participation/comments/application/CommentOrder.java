package berlin.gemeinsam.participation.comments.application;

import berlin.gemeinsam.participation.comments.domain.Comment;
import berlin.gemeinsam.platform.paging.Cursor;
import berlin.gemeinsam.platform.paging.InvalidCursorException;

import java.util.Arrays;
import java.util.Optional;

/**
 * The orders a list of comments is read in. Each ends on the comment's id, so that comments with equal keys still
 * follow one order and a cursor of the sort keys and the id says exactly where the next page begins.
 */
public enum CommentOrder {
    /** Posted first first: a conversation as it happened. */
    OLDEST("oldest"),
    /** Posted last first. */
    NEWEST("newest"),
    /** The most direct replies first, among equals the oldest first. */
    MOST_REPLIES("mostReplies");

    private final String parameter;

    CommentOrder(String parameter) {
        this.parameter = parameter;
    }

    /** The name clients use in {@code sort}. */
    public String parameter() {
        return parameter;
    }

    public static Optional<CommentOrder> ofParameter(String parameter) {
        return Arrays.stream(values()).filter(order -> order.parameter.equals(parameter)).findFirst();
    }

    /** Where the page after {@code last} begins in this order; the order's name first, so a cursor fits one order. */
    public Cursor cursorAfter(Comment last) {
        String key = this == MOST_REPLIES ? Long.toString(last.getReplyCount())
                : Long.toString(last.getPostedAt().toEpochMilli());
        return Cursor.of(parameter, key, last.getId());
    }

    /**
     * Reads a cursor a client sent back for this order.
     *
     * @throws InvalidCursorException when it is no cursor of a list of comments in this order
     */
    public Cursor parse(String encoded) {
        Cursor cursor = Cursor.parse(encoded, 3);
        if (!parameter.equals(cursor.key(0)) || cursor.key(2).isBlank()) {
            throw new InvalidCursorException();
        }
        try {
            Long.parseLong(cursor.key(1));
        } catch (NumberFormatException notANumber) {
            throw new InvalidCursorException();
        }
        return cursor;
    }

    /** The first sort key of a cursor of this order: epoch milliseconds of posting, or a number of replies. */
    public static long sortKeyOf(Cursor cursor) {
        return Long.parseLong(cursor.key(1));
    }

    /** The id of the comment a cursor read up to. */
    public static String idOf(Cursor cursor) {
        return cursor.key(2);
    }
}
