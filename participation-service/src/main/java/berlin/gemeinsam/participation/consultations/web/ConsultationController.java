package berlin.gemeinsam.participation.consultations.web;

import berlin.gemeinsam.participation.consultations.application.ConsultationService;
import berlin.gemeinsam.participation.consultations.domain.Consultation;
import berlin.gemeinsam.participation.consultations.domain.ConsultationFeedback;
import berlin.gemeinsam.participation.consultations.domain.ConsultationStatus;
import berlin.gemeinsam.participation.consultations.domain.FeedbackAnswer;
import berlin.gemeinsam.participation.contributions.web.NoMarkup;
import berlin.gemeinsam.participation.supports.domain.HelixGroup;
import berlin.gemeinsam.platform.web.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/**
 * The consultation phase of a measure. The measure's id is taken as given (a UUID): this service does not follow
 * the measures, so a unit admin opens the consultation for the measure they run.
 */
@RestController
@RequestMapping("/api/v1/measures/{measureId}/consultation")
class ConsultationController {

    private static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private final ConsultationService consultations;

    ConsultationController(ConsultationService consultations) {
        this.consultations = consultations;
    }

    @GetMapping
    ConsultationView get(@PathVariable @Pattern(regexp = UUID) String measureId) {
        return ConsultationView.of(consultations.get(measureId));
    }

    /** A unit admin opens the consultation, the first time or again. */
    @PostMapping("/open")
    ConsultationView open(@PathVariable @Pattern(regexp = UUID) String measureId) {
        return ConsultationView.of(consultations.open(measureId));
    }

    @PostMapping("/close")
    ConsultationView close(@PathVariable @Pattern(regexp = UUID) String measureId) {
        return ConsultationView.of(consultations.close(measureId));
    }

    /** The caller's own feedback: 201 when given first, 200 when changed. */
    @PutMapping("/feedback")
    ResponseEntity<FeedbackView> answer(@PathVariable @Pattern(regexp = UUID) String measureId,
                                        @Valid @RequestBody FeedbackRequest request) {
        ConsultationService.Answered answered = consultations.answer(measureId, request.helixGroup(),
                request.answer(), request.text());
        return ResponseEntity.status(answered.first() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(FeedbackView.of(answered.feedback()));
    }

    @GetMapping("/summary")
    ConsultationService.Summary summary(@PathVariable @Pattern(regexp = UUID) String measureId) {
        return consultations.summary(measureId);
    }

    record FeedbackRequest(
            @NotNull HelixGroup helixGroup,
            @NotNull FeedbackAnswer answer,
            @NotBlank @Size(max = 2_000) @Text(multiline = true) @NoMarkup String text) {
    }

    record ConsultationView(String measureId, ConsultationStatus status, Instant openedAt, Instant closedAt) {

        static ConsultationView of(Consultation consultation) {
            return new ConsultationView(consultation.getMeasureId(), consultation.getStatus(),
                    consultation.getOpenedAt(), consultation.getClosedAt());
        }
    }

    /** The participant's own feedback, answered to them only. */
    record FeedbackView(String id, String measureId, HelixGroup helixGroup, FeedbackAnswer answer, String text,
                        Instant givenAt, Instant changedAt) {

        static FeedbackView of(ConsultationFeedback feedback) {
            return new FeedbackView(feedback.getId(), feedback.getMeasureId(), feedback.getHelixGroup(),
                    feedback.getAnswer(), feedback.getText(), feedback.getGivenAt(), feedback.getChangedAt());
        }
    }
}
