package berlin.gemeinsam.participation.comments.application;

import berlin.gemeinsam.participation.comments.domain.Comment;
import berlin.gemeinsam.participation.comments.domain.CommentList;

import java.util.List;
import java.util.Optional;

/** The comments posted in this unit; a comment and the events of its change are stored together. */
public interface Comments {

    /** Stores a new comment with its events: its posting and, when it came through a code, its attribution. */
    void add(Comment comment, List<? extends Record> events);

    Optional<Comment> find(String id);

    /**
     * Stores the changed comment read at its version together with the events of the change.
     *
     * @throws org.springframework.dao.OptimisticLockingFailureException when it changed since it was read
     */
    void save(Comment comment, List<? extends Record> events);

    /**
     * Counts the direct replies of the comment anew from the replies stored, ranks it by them in its list and marks
     * the reply as counted. The count never falls, so concurrent recounts cannot lower it, and repeating one changes
     * nothing; a change of the comment made meanwhile from an older read must read again.
     */
    void countReplies(String commentId, String replyId);

    /** Up to {@code limit} replies whose counting a stopped process may have left out. */
    List<Comment> uncountedReplies(int limit);

    /** The comments the participant wrote or reported, the oldest first. */
    List<Comment> concerning(String participantId);

    /**
     * Hands out the next position of the list, each once however many take one at the same time; the first is 1.
     */
    long nextPosition(String listedIn);

    /**
     * What the list keeps of itself (empty when nothing was posted to it); its replies only when {@code ranking},
     * which only the order by replies reads.
     */
    CommentList list(String listedIn, boolean ranking);

    /** The comments at the positions of the list, those that exist, in any order; read by their places. */
    List<Comment> at(String listedIn, List<Long> positions);
}
