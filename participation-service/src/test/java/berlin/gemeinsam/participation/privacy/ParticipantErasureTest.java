package berlin.gemeinsam.participation.privacy;

import berlin.gemeinsam.events.participation.ParticipantErased;
import berlin.gemeinsam.participation.comments.domain.Comment;
import berlin.gemeinsam.participation.comments.domain.CommentTarget;
import berlin.gemeinsam.participation.privacy.domain.ParticipantErasure;
import berlin.gemeinsam.platform.errors.StateConflictException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParticipantErasureTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final String IDEA = "6f1c2a8e-3d4b-4c5a-9e7f-0a1b2c3d4e5f";

    @Test
    void anErasureIsAnnouncedOnceWithThePseudonymousIdAndKeepsNoParticipantId() {
        ParticipantErasure.Requested requested = ParticipantErasure.request("mitte", "p-anna", NOW);

        ParticipantErasure erasure = requested.erasure();
        assertThat(requested.event()).isEqualTo(new ParticipantErased("p-anna", "mitte", NOW));
        assertThat(erasure.getId()).isEqualTo(ParticipantErasure.idOf("mitte", "p-anna")).doesNotContain("anna");
        assertThat(erasure.getTombstone()).startsWith("erased-").doesNotContain("anna");
        assertThat(erasure.isRunning()).isTrue();
    }

    @Test
    void askingAgainWhileItRunsGoesOnWithTheSameTombstoneAndCompletingForgetsIt() {
        ParticipantErasure erasure = ParticipantErasure.request("mitte", "p-anna", NOW).erasure();
        String tombstone = erasure.getTombstone();

        assertThat(erasure.requestAgain("p-anna", NOW.plusSeconds(5))).isEmpty();
        assertThat(erasure.getTombstone()).isEqualTo(tombstone);
        assertThat(erasure.complete(NOW.plusSeconds(6))).isTrue();
        assertThat(erasure.getTombstone()).isNull();
        assertThat(erasure.complete(NOW.plusSeconds(7))).isFalse();
        assertThat(erasure.getCompletedAt()).isEqualTo(NOW.plusSeconds(6));
    }

    @Test
    void askingAgainAfterItCompletedErasesWhatCameSinceWithANewTombstoneAndAnnouncesItAgain() {
        ParticipantErasure erasure = ParticipantErasure.request("mitte", "p-anna", NOW).erasure();
        String first = erasure.getTombstone();
        erasure.complete(NOW);

        assertThat(erasure.requestAgain("p-anna", NOW.plusSeconds(60)))
                .contains(new ParticipantErased("p-anna", "mitte", NOW.plusSeconds(60)));
        assertThat(erasure.isRunning()).isTrue();
        assertThat(erasure.getTombstone()).isNotNull().isNotEqualTo(first);
        assertThatThrownBy(() -> erasure.requestAgain("p-ben", NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anErasedAuthorsCommentKeepsItsPlaceWithoutTextOrAuthorAndTheirReportStaysCountedWithoutReason() {
        Comment theirs = Comment.post("mitte", CommentTarget.IDEA, IDEA, "p-anna", "Mein Text", NOW, 1).comment();
        Comment others = Comment.post("mitte", CommentTarget.IDEA, IDEA, "p-ben", "Bens Text", NOW, 2).comment();
        others.report("p-anna", "Anna findet das falsch", NOW);
        others.report("p-carla", "Carla auch", NOW);

        assertThat(theirs.erase("p-anna", "erased-1", NOW)).isTrue();
        assertThat(others.erase("p-anna", "erased-1", NOW)).isTrue();

        assertThat(theirs.getText()).isNull();
        assertThat(theirs.getAuthorId()).isEqualTo("erased-1");
        assertThat(theirs.isErased()).isTrue();
        assertThat(theirs.isEditableAt(NOW)).isFalse();
        assertThatThrownBy(() -> theirs.reply("mitte", "p-ben", "Antwort", NOW, () -> 1))
                .isInstanceOf(StateConflictException.class);
        assertThat(others.getText()).isEqualTo("Bens Text");
        assertThat(others.getReports()).hasSize(2)
                .noneMatch(report -> report.reporterId().equals("p-anna"))
                .noneMatch(report -> "Anna findet das falsch".equals(report.reason()));
        assertThat(theirs.erase("p-anna", "erased-1", NOW)).isFalse();
    }
}
