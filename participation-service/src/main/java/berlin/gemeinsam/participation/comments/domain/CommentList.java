package berlin.gemeinsam.participation.comments.domain;

import java.util.Comparator;
import java.util.Map;
import java.util.stream.LongStream;

/**
 * What a list of comments keeps of itself: how many positions it handed out, and the direct replies of each comment
 * in it that has any, by position. The comments without replies are the rest of its positions.
 *
 * @param positions the highest position handed out; a position whose comment was never stored stays empty
 * @param replies   the replies counted of the comments with any, by their positions
 */
public record CommentList(String id, long positions, Map<Long, Long> replies) {

    public CommentList {
        replies = Map.copyOf(replies);
    }

    /** A list nothing was posted to yet. */
    public static CommentList empty(String id) {
        return new CommentList(id, 0, Map.of());
    }

    /** The direct replies of the comment at the position as this list counted them. */
    public long repliesAt(long position) {
        return replies.getOrDefault(position, 0L);
    }

    /**
     * The positions of the comments with replies, the most first, among equals the one stored first first; the
     * comments without replies follow them in {@link #withoutRepliesAfter}.
     */
    public LongStream withRepliesAfter(long replyCount, long position) {
        return replies.entrySet().stream()
                .filter(entry -> entry.getValue() < replyCount
                        || entry.getValue() == replyCount && entry.getKey() > position)
                .sorted(Comparator.comparing((Map.Entry<Long, Long> entry) -> -entry.getValue())
                        .thenComparing(Map.Entry::getKey))
                .mapToLong(Map.Entry::getKey);
    }

    /** The positions after {@code position} of the comments without replies, in the order they were stored. */
    public LongStream withoutRepliesAfter(long position) {
        return LongStream.rangeClosed(position + 1, positions).filter(candidate -> !replies.containsKey(candidate));
    }
}
