package berlin.gemeinsam.participation.comments.application;

import berlin.gemeinsam.participation.comments.domain.Comment;
import berlin.gemeinsam.participation.comments.domain.CommentTarget;

import java.time.Instant;
import java.util.Locale;

/**
 * A comment as the caller may read it. A hidden comment keeps its place, its author and its replies, but only the
 * unit's moderators read its text and the reason it was hidden; the reports are theirs to read too. A comment whose
 * author was erased keeps its place and its replies too, without author, and reads for everybody as a placeholder
 * in the caller's language.
 *
 * @param authorId     empty when the author was erased
 * @param text         empty for a hidden comment unless the caller moderates the unit; the placeholder when erased
 * @param erased       whether the author was erased with their text
 * @param editable     whether the caller may still edit it
 * @param hiddenReason only for the unit's moderators
 * @param reportCount  only for the unit's moderators
 */
public record VisibleComment(String id, CommentTarget targetType, String targetId, String parentId, String authorId,
                             String text, Instant postedAt, Instant editedAt, long replyCount, boolean hidden,
                             Instant hiddenAt, String hiddenReason, Integer reportCount, boolean editable,
                             boolean erased) {

    private static final String ERASED_DE = "Dieser Beitrag wurde auf Wunsch der Person gelöscht, die ihn geschrieben hat.";
    private static final String ERASED_EN = "This comment was deleted at the request of the person who wrote it.";

    static VisibleComment of(Comment comment, boolean moderator, String callerId, Instant now, Locale language) {
        boolean withText = !comment.isHidden() || moderator;
        String text = comment.isErased() ? erasedText(language) : withText ? comment.getText() : null;
        return new VisibleComment(comment.getId(), comment.getTargetType(), comment.getTargetId(),
                comment.getParentId(), comment.isErased() ? null : comment.getAuthorId(), text,
                comment.getPostedAt(), comment.getEditedAt(), comment.getReplyCount(), comment.isHidden(),
                comment.getHiddenAt(), moderator ? comment.getHiddenReason() : null,
                moderator ? comment.getReports().size() : null,
                comment.getAuthorId().equals(callerId) && comment.isEditableAt(now), comment.isErased());
    }

    private static String erasedText(Locale language) {
        return Locale.ENGLISH.getLanguage().equals(language.getLanguage()) ? ERASED_EN : ERASED_DE;
    }
}
