package berlin.gemeinsam.participation.consultations.application;

import berlin.gemeinsam.participation.consultations.domain.Consultation;
import berlin.gemeinsam.participation.consultations.domain.ConsultationFeedback;
import berlin.gemeinsam.participation.consultations.domain.FeedbackAnswer;
import berlin.gemeinsam.participation.supports.domain.HelixGroup;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The consultations of measures in this unit and the feedback given in them. */
public interface Consultations {

    Optional<Consultation> find(String measureId);

    /** @throws berlin.gemeinsam.platform.errors.DuplicateException when the measure has a consultation already */
    void add(Consultation consultation);

    /** @throws org.springframework.dao.OptimisticLockingFailureException when it changed since it was read */
    void save(Consultation consultation);

    Optional<ConsultationFeedback> findFeedback(String feedbackId);

    /**
     * Adds new feedback with its event.
     *
     * @throws berlin.gemeinsam.platform.errors.DuplicateException when the participant gave feedback already
     */
    void addFeedback(ConsultationFeedback feedback, List<? extends Record> events);

    /** @throws org.springframework.dao.OptimisticLockingFailureException when it changed since it was read */
    void saveFeedback(ConsultationFeedback feedback, List<? extends Record> events);

    /** The feedback the participant gave in this unit's consultations. */
    List<ConsultationFeedback> feedbackOf(String participantId);

    /** The number of feedbacks on the measure per helix group and answer; combinations without any are missing. */
    Map<HelixGroup, Map<FeedbackAnswer, Long>> countFeedback(String measureId);
}
