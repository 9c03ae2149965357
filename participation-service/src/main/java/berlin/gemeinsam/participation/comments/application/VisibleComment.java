package berlin.gemeinsam.participation.comments.application;

import berlin.gemeinsam.participation.comments.domain.Comment;
import berlin.gemeinsam.participation.comments.domain.CommentTarget;

import java.time.Instant;

/**
 * A comment as the caller may read it. A hidden comment keeps its place, its author and its replies, but only the
 * unit's moderators read its text and the reason it was hidden; the reports are theirs to read too.
 *
 * @param text         empty for a hidden comment unless the caller moderates the unit
 * @param editable     whether the caller may still edit it
 * @param hiddenReason only for the unit's moderators
 * @param reportCount  only for the unit's moderators
 */
public record VisibleComment(String id, CommentTarget targetType, String targetId, String parentId, String authorId,
                             String text, Instant postedAt, Instant editedAt, long replyCount, boolean hidden,
                             Instant hiddenAt, String hiddenReason, Integer reportCount, boolean editable) {

    static VisibleComment of(Comment comment, boolean moderator, String callerId, Instant now) {
        boolean withText = !comment.isHidden() || moderator;
        return new VisibleComment(comment.getId(), comment.getTargetType(), comment.getTargetId(),
                comment.getParentId(), comment.getAuthorId(), withText ? comment.getText() : null,
                comment.getPostedAt(), comment.getEditedAt(), comment.getReplyCount(), comment.isHidden(),
                comment.getHiddenAt(), moderator ? comment.getHiddenReason() : null,
                moderator ? comment.getReports().size() : null,
                comment.getAuthorId().equals(callerId) && comment.isEditableAt(now));
    }
}
