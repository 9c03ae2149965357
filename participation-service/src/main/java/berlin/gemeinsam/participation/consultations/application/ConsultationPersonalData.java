package berlin.gemeinsam.participation.consultations.application;

import berlin.gemeinsam.participation.consultations.domain.ConsultationFeedback;
import berlin.gemeinsam.participation.consultations.domain.FeedbackAnswer;
import berlin.gemeinsam.participation.privacy.application.PersonalData;
import berlin.gemeinsam.participation.supports.domain.HelixGroup;
import berlin.gemeinsam.platform.outbox.ConcurrentChanges;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * The feedback a participant gave in consultations, with its text. Erasing keeps each answer and helix group for the
 * consultation's anonymous counts and removes the text and the person.
 */
@Component
class ConsultationPersonalData implements PersonalData {

    private final Consultations consultations;

    ConsultationPersonalData(Consultations consultations) {
        this.consultations = consultations;
    }

    @Override
    public String part() {
        return "consultationFeedback";
    }

    @Override
    public List<ExportedFeedback> export(String participantId) {
        return consultations.feedbackOf(participantId).stream().map(ExportedFeedback::of).toList();
    }

    @Override
    public void erase(String participantId, String tombstone, Instant erasedAt) {
        for (ConsultationFeedback given : consultations.feedbackOf(participantId)) {
            ConcurrentChanges.retry(() -> {
                consultations.findFeedback(given.getId())
                        .filter(feedback -> feedback.getParticipantId().equals(participantId))
                        .ifPresent(feedback -> {
                            feedback.erase(tombstone, erasedAt);
                            consultations.saveFeedback(feedback, List.of());
                        });
                return given.getId();
            });
        }
    }

    record ExportedFeedback(String id, String measureId, HelixGroup helixGroup, FeedbackAnswer answer, String text,
                            Instant givenAt, Instant changedAt) {

        static ExportedFeedback of(ConsultationFeedback feedback) {
            return new ExportedFeedback(feedback.getId(), feedback.getMeasureId(), feedback.getHelixGroup(),
                    feedback.getAnswer(), feedback.getText(), feedback.getGivenAt(), feedback.getChangedAt());
        }
    }
}
