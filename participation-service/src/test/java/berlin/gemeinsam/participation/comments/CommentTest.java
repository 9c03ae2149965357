package berlin.gemeinsam.participation.comments;

import berlin.gemeinsam.events.participation.CommentEdited;
import berlin.gemeinsam.events.participation.CommentHidden;
import berlin.gemeinsam.events.participation.CommentPosted;
import berlin.gemeinsam.participation.comments.domain.Comment;
import berlin.gemeinsam.participation.comments.domain.CommentPlace;
import berlin.gemeinsam.participation.comments.domain.CommentTarget;
import berlin.gemeinsam.platform.errors.StateConflictException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommentTest {

    private static final Instant POSTED = Instant.parse("2026-11-30T09:00:00Z");
    private static final String IDEA = "6f1c2a8e-3d4b-4c5a-9e7f-0a1b2c3d4e5f";

    private static Comment onIdea(String author, String text) {
        return Comment.post("mitte", CommentTarget.IDEA, IDEA, author, text, POSTED, 1).comment();
    }

    @Test
    void aCommentIsPostedIntoItsTargetsListAndItsEventNamesOnlyTheAuthorsId() {
        Comment.Posted posted = Comment.post("mitte", CommentTarget.IDEA, IDEA, "p-1", "Gute Idee!", POSTED, 7);

        Comment comment = posted.comment();
        assertThat(comment.getListedIn()).isEqualTo("idea/" + IDEA);
        assertThat(comment.getPlace()).isEqualTo(new CommentPlace("idea/" + IDEA, 7));
        assertThat(comment.getParentId()).isNull();
        assertThat(posted.event()).isEqualTo(new CommentPosted(comment.getId(), "IDEA", IDEA, null, "mitte", "p-1",
                POSTED));
        assertThat(posted.event().toString()).doesNotContain("Gute Idee");
    }

    @Test
    void repliesToRepliesAreListedUnderTheCommentTheyAnswerAboutTheSameTarget() {
        Comment comment = onIdea("p-1", "Gute Idee!");
        Comment reply = comment.reply("mitte", "p-2", "Finde ich auch.", POSTED.plusSeconds(60), () -> 1).comment();
        Comment replyToReply = reply.reply("mitte", "p-1", "Danke!", POSTED.plusSeconds(120), () -> 1).comment();

        assertThat(reply.getParentId()).isEqualTo(comment.getId());
        assertThat(reply.getListedIn()).isEqualTo("comment/" + comment.getId());
        assertThat(replyToReply.getParentId()).isEqualTo(reply.getId());
        assertThat(replyToReply.getListedIn()).isEqualTo("comment/" + reply.getId());
        assertThat(replyToReply.getPlace()).isEqualTo(new CommentPlace("comment/" + reply.getId(), 1));
        assertThat(replyToReply.getTargetType()).isEqualTo(CommentTarget.IDEA);
        assertThat(replyToReply.getTargetId()).isEqualTo(IDEA);
    }

    @Test
    void theAuthorEditsForFifteenMinutesAndNotAMomentLonger() {
        Comment comment = onIdea("p-1", "Gute Ide!");
        Clock fourteenMinutesLater = Clock.fixed(POSTED.plus(Duration.ofMinutes(14)), ZoneOffset.UTC);

        CommentEdited edited = comment.edit("Gute Idee!", fourteenMinutesLater.instant());

        assertThat(edited).isEqualTo(new CommentEdited(comment.getId(), "IDEA", IDEA, "mitte",
                fourteenMinutesLater.instant()));
        assertThat(comment.getText()).isEqualTo("Gute Idee!");
        assertThat(comment.getEditedAt()).isEqualTo(fourteenMinutesLater.instant());
        assertThat(comment.isEditableAt(POSTED.plus(Comment.EDIT_WINDOW))).isTrue();
        Instant tooLate = POSTED.plus(Comment.EDIT_WINDOW).plusMillis(1);
        assertThatThrownBy(() -> comment.edit("Noch einmal", tooLate))
                .isInstanceOfSatisfying(StateConflictException.class, conflict ->
                        assertThat(conflict.currentState()).isEqualTo("EDIT_WINDOW_CLOSED"));
        assertThat(comment.getText()).isEqualTo("Gute Idee!");
    }

    @Test
    void aHiddenCommentKeepsItsTextForTheAuditIsHiddenOnceAndTakesNoRepliesOrEdits() {
        Comment comment = onIdea("p-1", "Beleidigender Text");
        Instant later = POSTED.plusSeconds(30);

        assertThat(comment.hide("Beleidigung", "moderator-mitte", later))
                .contains(new CommentHidden(comment.getId(), "IDEA", IDEA, "mitte", "Beleidigung", later));
        assertThat(comment.hide("Noch einmal", "moderator-mitte", later.plusSeconds(5))).isEmpty();

        assertThat(comment.isHidden()).isTrue();
        assertThat(comment.getHiddenReason()).isEqualTo("Beleidigung");
        assertThat(comment.getText()).isEqualTo("Beleidigender Text");
        assertThat(comment.isEditableAt(later)).isFalse();
        assertThatThrownBy(() -> comment.edit("anders", later)).isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> comment.reply("mitte", "p-2", "Antwort", later, () -> {
            throw new AssertionError("a refused reply takes no position");
        })).isInstanceOf(StateConflictException.class);
    }

    @Test
    void aPersonsReportIsCountedOnce() {
        Comment comment = onIdea("p-1", "Werbung");

        assertThat(comment.report("p-2", "Werbung", POSTED)).isTrue();
        assertThat(comment.report("p-2", "Immer noch Werbung", POSTED.plusSeconds(1))).isFalse();
        assertThat(comment.report("p-3", "Spam", POSTED.plusSeconds(2))).isTrue();

        assertThat(comment.getReports()).extracting("reporterId").containsExactly("p-2", "p-3");
        assertThat(comment.getReports().get(0).reason()).isEqualTo("Werbung");
    }
}
