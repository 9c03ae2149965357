package berlin.gemeinsam.participation.comments.application;

import berlin.gemeinsam.participation.comments.domain.CommentList;
import berlin.gemeinsam.platform.paging.Cursor;
import berlin.gemeinsam.platform.paging.InvalidCursorException;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.LongStream;

/**
 * The orders a list of comments is read in, each an order of the positions the list handed out: a cursor holds the
 * order's name and where the last comment answered stands, and the next page is read from the positions after it.
 */
public enum CommentOrder {
    /** Stored first first: a conversation as it happened. */
    OLDEST("oldest"),
    /** Stored last first. */
    NEWEST("newest"),
    /** The most direct replies first, among equals the one stored first first. */
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

    /**
     * The positions of the list in this order, after the cursor's (all without one). Most replies ranks by the
     * replies the list counted: the cursor holds them with the position, so the page after a comment that got a
     * reply meanwhile still begins where the reader was.
     */
    LongStream positions(CommentList list, Optional<Cursor> after) {
        return switch (this) {
            case OLDEST -> LongStream.rangeClosed(after.map(CommentOrder::positionOf).orElse(0L) + 1,
                    list.positions());
            case NEWEST -> {
                long first = after.map(cursor -> positionOf(cursor) - 1).orElse(list.positions());
                yield LongStream.rangeClosed(1, first).map(position -> first + 1 - position);
            }
            case MOST_REPLIES -> {
                long replies = after.map(cursor -> Long.parseLong(cursor.key(1))).orElse(Long.MAX_VALUE);
                long position = after.map(CommentOrder::positionOf).orElse(0L);
                yield replies == 0 ? list.withoutRepliesAfter(position)
                        : LongStream.concat(list.withRepliesAfter(replies, position), list.withoutRepliesAfter(0));
            }
        };
    }

    /** Where the page after the comment at {@code position} of the list begins in this order. */
    Cursor cursorAfter(CommentList list, long position) {
        return this == MOST_REPLIES
                ? Cursor.of(parameter, Long.toString(list.repliesAt(position)), Long.toString(position))
                : Cursor.of(parameter, Long.toString(position));
    }

    /**
     * Reads a cursor a client sent back for this order.
     *
     * @throws InvalidCursorException when it is no cursor of a list of comments in this order
     */
    public Cursor parse(String encoded) {
        Cursor cursor = Cursor.parse(encoded, this == MOST_REPLIES ? 3 : 2);
        if (!parameter.equals(cursor.key(0))) {
            throw new InvalidCursorException();
        }
        for (int key = 1; key < cursor.keys().size(); key++) {
            if (!cursor.key(key).matches("[0-9]{1,18}")) {
                throw new InvalidCursorException();
            }
        }
        return cursor;
    }

    private static long positionOf(Cursor cursor) {
        return Long.parseLong(cursor.key(cursor.keys().size() - 1));
    }
}
