package berlin.gemeinsam.measures.measure.web;

import berlin.gemeinsam.measures.measure.application.MeasureService;
import berlin.gemeinsam.measures.measure.domain.Actor;
import berlin.gemeinsam.measures.measure.domain.Health;
import berlin.gemeinsam.measures.measure.domain.HealthOverride;
import berlin.gemeinsam.measures.measure.domain.Indicator;
import berlin.gemeinsam.measures.measure.domain.Measure;
import berlin.gemeinsam.measures.measure.domain.NewTarget;
import berlin.gemeinsam.measures.measure.domain.Review;
import berlin.gemeinsam.measures.measure.domain.TargetChange;
import berlin.gemeinsam.platform.audit.AuditLog;
import berlin.gemeinsam.platform.errors.NotFoundException;
import berlin.gemeinsam.platform.problems.FieldError;
import berlin.gemeinsam.platform.problems.Problems;
import berlin.gemeinsam.platform.web.EntityTags;
import berlin.gemeinsam.platform.web.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A measure's reviews (Revisionen) and how often it is reviewed. Only the unit admins of the lead unit record a
 * review or change the interval; both take an optional {@code If-Match} and answer the measure with its new ETag.
 */
@RestController
@RequestMapping("/api/v1/measures/{id}")
@ConditionalOnExpression("'${gemeinsam.unit}' != 'central'")
class MeasureReviewController {

    private final MeasureService measures;
    private final AuditLog audit;
    private final Problems problems;

    MeasureReviewController(MeasureService measures, AuditLog audit, Problems problems) {
        this.measures = measures;
        this.audit = audit;
        this.problems = problems;
    }

    /**
     * Records a review. A changed target names an indicator of the measure (404 naming the field otherwise) and
     * must differ from its baseline (400 naming the field); nothing is stored when any part is refused.
     */
    @PostMapping("/reviews")
    ResponseEntity<MeasureController.MeasureView> review(@PathVariable String id,
            @Valid @RequestBody ReviewRequest request,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) String ifMatch) {
        measures.requireMayPropose();
        requireTargetsOf(measures.get(id), request.changedTargets());
        Measure reviewed = measures.review(id, EntityTags.expectedBy(ifMatch), request.content());
        audit.record("review", "measure", id);
        return answer(reviewed);
    }

    /** The measure's reviews, the latest first. */
    @GetMapping("/reviews")
    List<ReviewView> reviews(@PathVariable String id) {
        return measures.reviews(id).stream().map(ReviewView::of).toList();
    }

    /** Changes how long after a review (or the planning) the measure is reviewed again. */
    @PutMapping("/review-interval")
    ResponseEntity<MeasureController.MeasureView> reviewEvery(@PathVariable String id,
            @Valid @RequestBody ReviewIntervalRequest request,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) String ifMatch) {
        Measure changed = measures.reviewEvery(id, EntityTags.expectedBy(ifMatch),
                ReviewIntervalValidator.parse(request.reviewInterval()));
        audit.record("change-review-interval", "measure", id);
        return answer(changed);
    }

    private ResponseEntity<MeasureController.MeasureView> answer(Measure measure) {
        return ResponseEntity.ok().eTag(EntityTags.of(measure.getVersion()))
                .body(MeasureController.MeasureView.of(measure, measures.controllingOf(measure)));
    }

    /**
     * Each changed target names one of the measure's indicators and differs from its baseline. Baselines never
     * change, so the measure as read now tells.
     */
    private static void requireTargetsOf(Measure measure, List<ChangedTargetRequest> changedTargets) {
        if (changedTargets == null) {
            return;
        }
        List<String> equalToBaseline = new ArrayList<>();
        for (int index = 0; index < changedTargets.size(); index++) {
            ChangedTargetRequest changed = changedTargets.get(index);
            String field = "changedTargets[" + index + "]";
            Optional<Indicator> indicator = measure.getIndicators().stream()
                    .filter(candidate -> candidate.id().equals(changed.indicatorId())).findFirst();
            if (indicator.isEmpty()) {
                throw new NotFoundException("indicator", changed.indicatorId(), field + ".indicatorId");
            }
            if (indicator.get().baseline().compareTo(changed.newTarget()) == 0) {
                equalToBaseline.add(field + ".newTarget");
            }
        }
        if (!equalToBaseline.isEmpty()) {
            throw new TargetsEqualBaselines(equalToBaseline);
        }
    }

    @ExceptionHandler(TargetsEqualBaselines.class)
    ResponseEntity<ProblemDetail> targetsEqualBaselines(TargetsEqualBaselines refused) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "invalid-request", locale,
                String.join(", ", refused.fields));
        String message = problems.text("measure.target-equals-baseline", locale);
        problem.setProperty("errors", refused.fields.stream().map(field -> new FieldError(field, message)).toList());
        return ResponseEntity.badRequest().body(problem);
    }

    /** Changed targets that are their indicators' baselines, named by their fields. */
    static final class TargetsEqualBaselines extends RuntimeException {

        private final List<String> fields;

        TargetsEqualBaselines(List<String> fields) {
            super("targets equal to their baselines: " + fields);
            this.fields = List.copyOf(fields);
        }
    }

    /** A review: its date (not in the future), assessment, decisions and lessons, changed targets and override. */
    record ReviewRequest(
            @NotNull @NotInFuture LocalDate date,
            @NotBlank @Size(max = 5000) @Text(multiline = true) String assessment,
            @NotBlank @Size(max = 5000) @Text(multiline = true) String decisions,
            @NotBlank @Size(max = 5000) @Text(multiline = true) String lessons,
            @Size(max = 50) List<@NotNull @Valid ChangedTargetRequest> changedTargets,
            @Valid HealthOverrideRequest healthOverride) {

        MeasureService.ReviewContent content() {
            List<NewTarget> targets = changedTargets == null ? List.of() : changedTargets.stream()
                    .map(changed -> new NewTarget(changed.indicatorId(), changed.newTarget(), changed.newTargetDate()))
                    .toList();
            return new MeasureService.ReviewContent(date, assessment, decisions, lessons, targets,
                    healthOverride == null ? null : new HealthOverride(healthOverride.health(),
                            healthOverride.reason()));
        }
    }

    /** An indicator's new target and, optionally, its new target date. */
    record ChangedTargetRequest(
            @NotBlank @Size(max = 100) @Text String indicatorId,
            @NotNull @Digits(integer = 15, fraction = 4) BigDecimal newTarget,
            LocalDate newTargetDate) {
    }

    /** The health a review sets against the derived one, and why (required). */
    record HealthOverrideRequest(
            @NotNull Health health,
            @NotBlank @Size(max = 2000) @Text(multiline = true) String reason) {
    }

    record ReviewIntervalRequest(@NotNull @ReviewInterval String reviewInterval) {
    }

    /** A review as recorded, with each changed target's old and new value. */
    record ReviewView(LocalDate date, String assessment, String decisions, String lessons,
                      List<TargetChange> changedTargets, HealthOverride healthOverride, Actor by, Instant at) {

        static ReviewView of(Review review) {
            return new ReviewView(review.date(), review.assessment(), review.decisions(), review.lessons(),
                    review.changedTargets(), review.healthOverride(), review.by(), review.at());
        }
    }
}
