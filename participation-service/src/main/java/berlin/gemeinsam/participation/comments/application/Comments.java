package berlin.gemeinsam.participation.comments.application;

import berlin.gemeinsam.events.participation.CommentPosted;
import berlin.gemeinsam.participation.comments.domain.Comment;
import berlin.gemeinsam.platform.paging.Cursor;
import berlin.gemeinsam.platform.paging.CursorPage;

import java.util.List;
import java.util.Optional;

/** The comments posted in this unit; a comment and the events of its change are stored together. */
public interface Comments {

    void add(Comment comment, CommentPosted posted);

    Optional<Comment> find(String id);

    /**
     * Stores the changed comment read at its version together with the events of the change.
     *
     * @throws org.springframework.dao.OptimisticLockingFailureException when it changed since it was read
     */
    void save(Comment comment, List<? extends Record> events);

    /** Counts one more direct reply of the comment; a change made meanwhile from an older read must read again. */
    void countReply(String commentId);

    /** The comments the participant wrote or reported, the oldest first. */
    List<Comment> concerning(String participantId);

    /**
     * A page of the list {@code listedIn} in {@code order}, starting after the cursor (from the start without one).
     * A page costs the same however deep it is: it seeks to the cursor's keys, it does not skip comments.
     */
    CursorPage<Comment> page(String listedIn, CommentOrder order, Optional<Cursor> after, int limit);
}
