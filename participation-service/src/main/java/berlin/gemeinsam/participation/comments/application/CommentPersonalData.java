package berlin.gemeinsam.participation.comments.application;

import berlin.gemeinsam.participation.comments.domain.Comment;
import berlin.gemeinsam.participation.comments.domain.CommentReport;
import berlin.gemeinsam.participation.comments.domain.CommentTarget;
import berlin.gemeinsam.participation.privacy.application.PersonalData;
import berlin.gemeinsam.platform.outbox.ConcurrentChanges;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * The comments a participant wrote, with their texts (hidden ones included: they are the author's), and the
 * reports they made. Erasing keeps each comment in its thread without text and author, and each report counted
 * without reporter and reason.
 */
@Component
class CommentPersonalData implements PersonalData {

    private final Comments comments;

    CommentPersonalData(Comments comments) {
        this.comments = comments;
    }

    @Override
    public String part() {
        return "comments";
    }

    /** Of a comment somebody else wrote, only the participant's own report is theirs. */
    @Override
    public List<ExportedComment> export(String participantId) {
        return comments.concerning(participantId).stream()
                .map(comment -> ExportedComment.of(comment, participantId))
                .toList();
    }

    @Override
    public void erase(String participantId, String tombstone, Instant erasedAt) {
        for (Comment concerning : comments.concerning(participantId)) {
            ConcurrentChanges.retry(() -> {
                comments.find(concerning.getId())
                        .filter(comment -> comment.erase(participantId, tombstone, erasedAt))
                        .ifPresent(comment -> comments.save(comment, List.of()));
                return concerning.getId();
            });
        }
    }

    /**
     * @param authored whether the participant wrote it; {@code text} and the times are only for their own
     * @param report   the participant's report of the comment, if they made one
     */
    record ExportedComment(String id, CommentTarget targetType, String targetId, String parentId, boolean authored,
                           String text, Instant postedAt, Instant editedAt, Instant hiddenAt, ExportedReport report) {

        static ExportedComment of(Comment comment, String participantId) {
            boolean authored = comment.getAuthorId().equals(participantId);
            ExportedReport report = comment.getReports().stream()
                    .filter(made -> made.reporterId().equals(participantId))
                    .map(ExportedReport::of)
                    .findFirst().orElse(null);
            return new ExportedComment(comment.getId(), comment.getTargetType(), comment.getTargetId(),
                    comment.getParentId(), authored, authored ? comment.getText() : null,
                    authored ? comment.getPostedAt() : null, authored ? comment.getEditedAt() : null,
                    authored ? comment.getHiddenAt() : null, report);
        }
    }

    record ExportedReport(String reason, Instant reportedAt) {

        static ExportedReport of(CommentReport report) {
            return new ExportedReport(report.reason(), report.reportedAt());
        }
    }
}
