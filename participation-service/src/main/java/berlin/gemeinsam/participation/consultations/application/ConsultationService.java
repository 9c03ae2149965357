package berlin.gemeinsam.participation.consultations.application;

import berlin.gemeinsam.events.participation.ConsultationFeedbackGiven;
import berlin.gemeinsam.participation.consultations.domain.Consultation;
import berlin.gemeinsam.participation.consultations.domain.ConsultationFeedback;
import berlin.gemeinsam.participation.consultations.domain.ConsultationStatus;
import berlin.gemeinsam.participation.consultations.domain.FeedbackAnswer;
import berlin.gemeinsam.participation.participants.application.Participants;
import berlin.gemeinsam.participation.participants.domain.Contribution;
import berlin.gemeinsam.participation.supports.domain.HelixGroup;
import berlin.gemeinsam.platform.errors.DuplicateException;
import berlin.gemeinsam.platform.errors.NotFoundException;
import berlin.gemeinsam.platform.outbox.ConcurrentChanges;
import berlin.gemeinsam.platform.security.Access;
import berlin.gemeinsam.platform.units.OwningUnit;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Consultations on measures: the unit's admins open and close them, participants answer while they are open. This
 * service does not follow the measures: the id a unit admin opens a consultation for is taken as the measure's.
 */
@Service
public class ConsultationService {

    private final Consultations consultations;
    private final Participants participants;
    private final Access access;
    private final OwningUnit owner;
    private final Clock clock;

    ConsultationService(Consultations consultations, Participants participants, Access access, OwningUnit owner,
                        Clock clock) {
        this.consultations = consultations;
        this.participants = participants;
        this.access = access;
        this.owner = owner;
        this.clock = clock;
    }

    /** Opens the measure's consultation, the first time or again after closing it. */
    public Consultation open(String measureId) {
        access.unitAdminOf(owner.id());
        return ConcurrentChanges.retry(() -> {
            Optional<Consultation> existing = consultations.find(measureId);
            if (existing.isPresent()) {
                Consultation consultation = existing.get();
                consultation.reopen(clock.instant());
                consultations.save(consultation);
                return consultation;
            }
            Consultation consultation = Consultation.open(owner.id(), measureId, clock.instant());
            consultations.add(consultation);
            return consultation;
        });
    }

    public Consultation close(String measureId) {
        access.unitAdminOf(owner.id());
        return ConcurrentChanges.retry(() -> {
            Consultation consultation = get(measureId);
            consultation.close(clock.instant());
            consultations.save(consultation);
            return consultation;
        });
    }

    public Consultation get(String measureId) {
        return consultations.find(measureId).orElseThrow(() -> new NotFoundException("consultation", measureId));
    }

    /**
     * The participant's feedback while the consultation is open: the first gives it, each later one changes it.
     * Citizens answer as themselves.
     */
    public Answered answer(String measureId, HelixGroup helixGroup, FeedbackAnswer answer, String text) {
        String participantId = access.citizenActingAs(null).subject();
        get(measureId).requireOpen();
        String feedbackId = ConsultationFeedback.idOf(owner.id(), measureId, participantId);
        return ConcurrentChanges.retry(() -> {
            Optional<ConsultationFeedback> given = consultations.findFeedback(feedbackId);
            if (given.isPresent()) {
                ConsultationFeedback feedback = given.get();
                ConsultationFeedbackGiven changed = feedback.change(owner.id(), helixGroup, answer, text,
                        clock.instant());
                consultations.saveFeedback(feedback, List.of(changed, reported(feedback)));
                return new Answered(feedback, false);
            }
            ConsultationFeedback.Given first = ConsultationFeedback.give(owner.id(), measureId, participantId,
                    helixGroup, answer, text, clock.instant());
            try {
                consultations.addFeedback(first.feedback(), List.of(first.event(), reported(first.feedback())));
            } catch (DuplicateException givenMeanwhile) {
                // the same participant's other request came first: change what it gave
                return answer(measureId, helixGroup, answer, text);
            }
            return new Answered(first.feedback(), true);
        });
    }

    /** What the participation reports count of the feedback: the person and the group they answered for. */
    private Record reported(ConsultationFeedback feedback) {
        return participants.of(feedback.getParticipantId(), feedback.getHelixGroup())
                .contributed(Contribution.FEEDBACK, feedback.getId(), "MEASURE", feedback.getMeasureId(),
                        feedback.getHelixGroup(), true, feedback.getGivenAt());
    }

    /** The answers per answer and per helix group, zeros included, so that a silent group shows as silent. */
    public Summary summary(String measureId) {
        Consultation consultation = get(measureId);
        Map<HelixGroup, Map<FeedbackAnswer, Long>> counted = consultations.countFeedback(measureId);
        Map<FeedbackAnswer, Long> byAnswer = zeros();
        Map<HelixGroup, Map<FeedbackAnswer, Long>> byHelixGroup = new EnumMap<>(HelixGroup.class);
        for (HelixGroup group : HelixGroup.values()) {
            Map<FeedbackAnswer, Long> answers = zeros();
            counted.getOrDefault(group, Map.of()).forEach(answers::put);
            answers.forEach((answer, count) -> byAnswer.merge(answer, count, Long::sum));
            byHelixGroup.put(group, answers);
        }
        long total = byAnswer.values().stream().mapToLong(Long::longValue).sum();
        return new Summary(measureId, consultation.getStatus(), total, byAnswer, byHelixGroup);
    }

    private static Map<FeedbackAnswer, Long> zeros() {
        Map<FeedbackAnswer, Long> zeros = new EnumMap<>(FeedbackAnswer.class);
        for (FeedbackAnswer answer : FeedbackAnswer.values()) {
            zeros.put(answer, 0L);
        }
        return zeros;
    }

    /** The participant's feedback and whether this answer gave it first. */
    public record Answered(ConsultationFeedback feedback, boolean first) {
    }

    public record Summary(String measureId, ConsultationStatus status, long total, Map<FeedbackAnswer, Long> byAnswer,
                          Map<HelixGroup, Map<FeedbackAnswer, Long>> byHelixGroup) {
    }
}
