package berlin.gemeinsam.participation.consultations;

import berlin.gemeinsam.events.participation.ConsultationFeedbackGiven;
import berlin.gemeinsam.participation.consultations.domain.Consultation;
import berlin.gemeinsam.participation.consultations.domain.ConsultationFeedback;
import berlin.gemeinsam.participation.consultations.domain.ConsultationStatus;
import berlin.gemeinsam.participation.consultations.domain.FeedbackAnswer;
import berlin.gemeinsam.participation.supports.domain.HelixGroup;
import berlin.gemeinsam.platform.errors.StateConflictException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConsultationTest {

    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
    private static final String MEASURE = "0b7f1c2a-3d4b-4c5a-9e7f-0a1b2c3d4e5f";

    @Test
    void aConsultationTakesFeedbackOnlyWhileOpenAndOpensAndClosesOnlyFromTheOtherState() {
        Consultation consultation = Consultation.open("mitte", MEASURE, NOW);
        consultation.requireOpen();
        assertThatThrownBy(() -> consultation.reopen(NOW)).isInstanceOf(StateConflictException.class);

        consultation.close(NOW.plusSeconds(60));

        assertThat(consultation.getStatus()).isEqualTo(ConsultationStatus.CLOSED);
        assertThatThrownBy(consultation::requireOpen)
                .isInstanceOfSatisfying(StateConflictException.class, conflict ->
                        assertThat(conflict.currentState()).isEqualTo("CLOSED"));
        assertThatThrownBy(() -> consultation.close(NOW)).isInstanceOf(StateConflictException.class);
        consultation.reopen(NOW.plusSeconds(120));
        assertThat(consultation.getClosedAt()).isNull();
        consultation.requireOpen();
    }

    @Test
    void aParticipantsFeedbackKeepsItsIdWhenChangedAndItsEventsNameOnlyTheGroup() {
        ConsultationFeedback.Given given = ConsultationFeedback.give("mitte", MEASURE, "p-1", HelixGroup.SCIENCE,
                FeedbackAnswer.AGREE, "Gut so", NOW);
        ConsultationFeedback feedback = given.feedback();
        assertThat(given.event()).isEqualTo(new ConsultationFeedbackGiven(feedback.getId(), MEASURE, "mitte",
                "AGREE", "SCIENCE", NOW));

        ConsultationFeedbackGiven changed = feedback.change("mitte", HelixGroup.PUBLIC, FeedbackAnswer.PARTLY,
                "Nur teilweise", NOW.plusSeconds(60));

        assertThat(changed.feedbackId()).isEqualTo(feedback.getId());
        assertThat(changed.answer()).isEqualTo("PARTLY");
        assertThat(changed.toString()).doesNotContain("p-1").doesNotContain("Nur teilweise");
        assertThat(feedback.getGivenAt()).isEqualTo(NOW);
        assertThat(feedback.getChangedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(ConsultationFeedback.idOf("mitte", MEASURE, "p-1")).isEqualTo(feedback.getId())
                .isNotEqualTo(ConsultationFeedback.idOf("mitte", MEASURE, "p-2"));
    }
}
