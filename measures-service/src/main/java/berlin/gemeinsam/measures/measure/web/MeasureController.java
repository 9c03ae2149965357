package berlin.gemeinsam.measures.measure.web;

import berlin.gemeinsam.events.Category;
import berlin.gemeinsam.events.GuidingPrinciple;
import berlin.gemeinsam.measures.measure.application.MeasureService;
import berlin.gemeinsam.measures.measure.domain.Actor;
import berlin.gemeinsam.measures.measure.domain.Controlling;
import berlin.gemeinsam.measures.measure.domain.Direction;
import berlin.gemeinsam.measures.measure.domain.Health;
import berlin.gemeinsam.measures.measure.domain.HealthOverride;
import berlin.gemeinsam.measures.measure.domain.HistoryEntry;
import berlin.gemeinsam.measures.measure.domain.Indicator;
import berlin.gemeinsam.measures.measure.domain.IndicatorValue;
import berlin.gemeinsam.measures.measure.domain.LessonsLearned;
import berlin.gemeinsam.measures.measure.domain.LinkedIdea;
import berlin.gemeinsam.measures.measure.domain.Mandate;
import berlin.gemeinsam.measures.measure.domain.Measure;
import berlin.gemeinsam.measures.measure.domain.MeasureStatus;
import berlin.gemeinsam.measures.measure.domain.MeasureType;
import berlin.gemeinsam.measures.measure.domain.Milestone;
import berlin.gemeinsam.measures.measure.domain.SourceIdeaState;
import berlin.gemeinsam.platform.audit.AuditLog;
import berlin.gemeinsam.platform.web.Creation;
import berlin.gemeinsam.platform.web.EntityTags;
import berlin.gemeinsam.platform.web.IdempotencyKey;
import berlin.gemeinsam.platform.web.IdempotencyKeys;
import berlin.gemeinsam.platform.web.PageResponse;
import berlin.gemeinsam.platform.web.ResourceIds;
import berlin.gemeinsam.platform.web.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

@RestController
@RequestMapping("/api/v1/measures")
// the central instance leads no measures: it keeps the portfolio of every unit's (measures.portfolio)
@ConditionalOnExpression("'${gemeinsam.unit}' != 'central'")
class MeasureController {

    private final MeasureService measures;
    private final AuditLog audit;
    private final IdempotencyKeys idempotencyKeys;

    MeasureController(MeasureService measures, AuditLog audit, IdempotencyKeys idempotencyKeys) {
        this.measures = measures;
        this.audit = audit;
        this.idempotencyKeys = idempotencyKeys;
    }

    @PostMapping
    ResponseEntity<MeasureView> propose(@Valid @RequestBody ProposeMeasureRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) @IdempotencyKey String idempotencyKey) {
        // the caller first: only who may propose learns whether an idempotency key was used
        measures.requireMayPropose();
        MeasureService.ProposeMeasure proposal = new MeasureService.ProposeMeasure(request.title(), request.goal(),
                request.type(), request.canonicalSourceIdeaId(), request.participatingUnits(),
                request.fieldsOfAction(), request.guidingPrinciples(),
                request.mandate() == null ? null : request.mandate().toMandate(),
                request.reviewInterval() == null ? null : ReviewIntervalValidator.parse(request.reviewInterval()));
        MeasureService.Submission submission = idempotencyKeys.once("measure", idempotencyKey, proposal,
                () -> measures.propose(proposal, idempotencyKey));
        if (submission.created()) {
            audit.record("propose", "measure", submission.measure().getId());
        }
        return Creation.createdOrFound(submission.created(), submission.measure().getId(),
                view(submission.measure()));
    }

    /** The measure with its version as ETag, for a later change's {@code If-Match}. */
    @GetMapping("/{id}")
    ResponseEntity<MeasureView> get(@PathVariable String id) {
        return withVersion(measures.get(id));
    }

    /**
     * Unit admins of the lead unit grant the measure its mandate, or change it. Every change takes an optional
     * {@code If-Match} with the ETag the caller read (412 when the measure changed since) and answers the new ETag.
     */
    @PutMapping("/{id}/mandate")
    ResponseEntity<MeasureView> entrust(@PathVariable String id, @Valid @RequestBody MandateRequest request,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) String ifMatch) {
        Measure entrusted = measures.entrust(id, EntityTags.expectedBy(ifMatch), request.toMandate());
        audit.record("entrust", "measure", id);
        return withVersion(entrusted);
    }

    /** Unit admins of the lead unit link one more idea, of any unit; linking it again changes nothing. */
    @PostMapping("/{id}/ideas")
    ResponseEntity<MeasureView> linkIdea(@PathVariable String id, @Valid @RequestBody LinkIdeaRequest request,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) String ifMatch) {
        Measure linked = measures.linkIdea(id, EntityTags.expectedBy(ifMatch), ResourceIds.canonical(request.ideaId()));
        audit.record("link-idea", "measure", id);
        return withVersion(linked);
    }

    @PostMapping("/{id}/milestones")
    ResponseEntity<MeasureView> addMilestone(@PathVariable String id, @Valid @RequestBody MilestoneRequest request,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) String ifMatch) {
        return changed("add-milestone", id, measures.addMilestone(id, EntityTags.expectedBy(ifMatch),
                request.content()));
    }

    @PutMapping("/{id}/milestones/{milestoneId}")
    ResponseEntity<MeasureView> changeMilestone(@PathVariable String id, @PathVariable String milestoneId,
            @Valid @RequestBody MilestoneRequest request,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) String ifMatch) {
        return changed("change-milestone", id, measures.changeMilestone(id, milestoneId,
                EntityTags.expectedBy(ifMatch), request.content()));
    }

    @PostMapping("/{id}/indicators")
    ResponseEntity<MeasureView> addIndicator(@PathVariable String id, @Valid @RequestBody IndicatorRequest request,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) String ifMatch) {
        return changed("add-indicator", id, measures.addIndicator(id, EntityTags.expectedBy(ifMatch),
                request.content()));
    }

    /** Unit admins of the lead unit and of the participating units report the indicators' values. */
    @PostMapping("/{id}/indicators/{indicatorId}/values")
    ResponseEntity<MeasureView> reportValue(@PathVariable String id, @PathVariable String indicatorId,
            @Valid @RequestBody ValueRequest request,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) String ifMatch) {
        return changed("report-value", id, measures.reportValue(id, indicatorId, EntityTags.expectedBy(ifMatch),
                new MeasureService.ReportedValue(request.value(), request.date(), request.source(), request.note())));
    }

    @PostMapping("/{id}/plan")
    ResponseEntity<MeasureView> plan(@PathVariable String id,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) String ifMatch) {
        return changed("plan", id, measures.plan(id, EntityTags.expectedBy(ifMatch)));
    }

    @PostMapping("/{id}/start-implementation")
    ResponseEntity<MeasureView> startImplementation(@PathVariable String id,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) String ifMatch) {
        return changed("start-implementation", id, measures.startImplementation(id, EntityTags.expectedBy(ifMatch)));
    }

    @PostMapping("/{id}/start-pilot")
    ResponseEntity<MeasureView> startPilot(@PathVariable String id,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) String ifMatch) {
        return changed("start-pilot", id, measures.startPilot(id, EntityTags.expectedBy(ifMatch)));
    }

    @PostMapping("/{id}/complete")
    ResponseEntity<MeasureView> complete(@PathVariable String id, @Valid @RequestBody ClosingRequest request,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) String ifMatch) {
        return changed("complete", id, measures.complete(id, EntityTags.expectedBy(ifMatch),
                request.lessonsLearned().toLessons()));
    }

    @PostMapping("/{id}/discontinue")
    ResponseEntity<MeasureView> discontinue(@PathVariable String id, @Valid @RequestBody ClosingRequest request,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) String ifMatch) {
        return changed("discontinue", id, measures.discontinue(id, EntityTags.expectedBy(ifMatch), request.reason(),
                request.lessonsLearned().toLessons()));
    }

    @PostMapping("/{id}/hold")
    ResponseEntity<MeasureView> hold(@PathVariable String id, @Valid @RequestBody HoldRequest request,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) String ifMatch) {
        return changed("hold", id, measures.hold(id, EntityTags.expectedBy(ifMatch), request.reason()));
    }

    @PostMapping("/{id}/resume")
    ResponseEntity<MeasureView> resume(@PathVariable String id,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) String ifMatch) {
        return changed("resume", id, measures.resume(id, EntityTags.expectedBy(ifMatch)));
    }

    /** Every change of the measure's state, oldest first: which, from and to what, by whom, when and why. */
    @GetMapping("/{id}/history")
    List<HistoryEntryView> history(@PathVariable String id) {
        return measures.get(id).getHistory().stream().map(HistoryEntryView::of).toList();
    }

    private ResponseEntity<MeasureView> changed(String action, String id, Measure measure) {
        audit.record(action, "measure", id);
        return withVersion(measure);
    }

    private ResponseEntity<MeasureView> withVersion(Measure measure) {
        return ResponseEntity.ok().eTag(EntityTags.of(measure.getVersion())).body(view(measure));
    }

    private MeasureView view(Measure measure) {
        return MeasureView.of(measure, measures.controllingOf(measure));
    }

    @GetMapping
    PageResponse<MeasureView> list(@RequestParam(required = false) MeasureType type,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return PageResponse.of(measures.list(type, page, size), this::view);
    }

    record ProposeMeasureRequest(
            @NotBlank @Size(max = 200) @Text String title,
            @NotBlank @Size(max = 5000) @Text(multiline = true) String goal,
            @NotNull MeasureType type,
            @Pattern(regexp = ResourceIds.PATTERN, message = "{measure.not-a-uuid}") String sourceIdeaId,
            @KnownUnits List<String> participatingUnits,
            List<@NotNull Category> fieldsOfAction,
            List<@NotNull GuidingPrinciple> guidingPrinciples,
            @Valid MandateRequest mandate,
            @ReviewInterval String reviewInterval) {

        /** Ideas' ids are lower case, and the adopting idea is looked up by its exact id. */
        String canonicalSourceIdeaId() {
            return ResourceIds.canonical(sourceIdeaId);
        }
    }

    /**
     * A mandate as granted; every part is optional while the measure is proposed. Euros to the cent, person-days to
     * a tenth, nothing negative.
     */
    record MandateRequest(
            @Size(max = 200) @Text String responsibleRole,
            @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal budgetPlanned,
            @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal budgetSpent,
            @PositiveOrZero @Digits(integer = 7, fraction = 1) BigDecimal staffCapacityPersonDays,
            @Size(max = 5000) @Text(multiline = true) String competencesGranted) {

        Mandate toMandate() {
            return new Mandate(responsibleRole, budgetPlanned, budgetSpent, staffCapacityPersonDays,
                    competencesGranted);
        }
    }

    record MilestoneRequest(
            @NotBlank @Size(max = 200) @Text String title,
            @NotNull LocalDate dueDate,
            @NotInFuture LocalDate doneDate) {

        MeasureService.MilestoneContent content() {
            return new MeasureService.MilestoneContent(title, dueDate, doneDate);
        }
    }

    @TargetDiffersFromBaseline
    record IndicatorRequest(
            @NotBlank @Size(max = 200) @Text String name,
            @NotBlank @Size(max = 50) @Text String unitOfMeasurement,
            @NotNull @Digits(integer = 15, fraction = 4) BigDecimal baseline,
            @NotNull @Digits(integer = 15, fraction = 4) BigDecimal target,
            @NotNull LocalDate targetDate,
            @NotNull Direction direction) {

        MeasureService.IndicatorContent content() {
            return new MeasureService.IndicatorContent(name, unitOfMeasurement, baseline, target, targetDate,
                    direction);
        }
    }

    record ValueRequest(
            @NotNull @Digits(integer = 15, fraction = 4) BigDecimal value,
            @NotNull @NotInFuture LocalDate date,
            @Size(max = 500) @Text String source,
            @Size(max = 2000) @Text(multiline = true) String note) {
    }

    record LessonsLearnedRequest(
            @NotBlank @Size(max = 5000) @Text(multiline = true) String whatWorked,
            @NotBlank @Size(max = 5000) @Text(multiline = true) String whatDidNotWork,
            @NotBlank @Size(max = 5000) @Text(multiline = true) String whatOthersShouldKnow) {

        LessonsLearned toLessons() {
            return new LessonsLearned(whatWorked, whatDidNotWork, whatOthersShouldKnow);
        }
    }

    /** Completing or discontinuing a measure: its lessons learned, and for a discontinuation an optional reason. */
    record ClosingRequest(
            @Size(max = 2000) @Text(multiline = true) String reason,
            @NotNull @Valid LessonsLearnedRequest lessonsLearned) {
    }

    record HoldRequest(@NotBlank @Size(max = 2000) @Text(multiline = true) String reason) {
    }

    record LinkIdeaRequest(
            @NotNull @Pattern(regexp = ResourceIds.PATTERN, message = "{measure.not-a-uuid}") String ideaId) {
    }

    /**
     * A measure as answered. {@code health} is the health that counts: a review's {@code healthOverride} (with its
     * reason) while it holds, else {@code derivedHealth}, derived today from milestones and indicators.
     */
    record MeasureView(String id, String unit, String title, String goal, MeasureType type, MeasureStatus status,
                       String sourceIdeaId, SourceIdeaView sourceIdea, List<String> participatingUnits,
                       Instant proposedAt, List<Category> fieldsOfAction, List<GuidingPrinciple> guidingPrinciples,
                       List<LinkedIdeaView> linkedIdeas, MandateView mandate, List<MilestoneView> milestones,
                       List<IndicatorView> indicators, int progress, Health health, MeasureStatus heldFrom,
                       LessonsLearned lessonsLearned, List<String> allowedChanges, Health derivedHealth,
                       HealthOverride healthOverride, String reviewInterval, LocalDate nextReviewDue) {

        static MeasureView of(Measure measure, Controlling controlling) {
            Function<Milestone, MilestoneView> milestone = each -> MilestoneView.of(each,
                    controlling.overdueMilestoneIds().contains(each.id()));
            return new MeasureView(measure.getId(), measure.getUnit(), measure.getTitle(), measure.getGoal(),
                    measure.getType(), measure.getStatus(), measure.getSourceIdeaId(), SourceIdeaView.of(measure),
                    measure.getParticipatingUnits(), measure.getProposedAt(), measure.getFieldsOfAction(),
                    measure.getGuidingPrinciples(), measure.getLinkedIdeas().stream().map(LinkedIdeaView::of).toList(),
                    MandateView.of(measure.getMandate()), measure.getMilestones().stream().map(milestone).toList(),
                    measure.getIndicators().stream().map(IndicatorView::of).toList(), controlling.progress(),
                    measure.getHealthOverride() == null ? controlling.health()
                            : measure.getHealthOverride().health(),
                    measure.getHeldFrom(), measure.getLessonsLearned(), measure.getStatus().allowedChanges(),
                    controlling.health(), measure.getHealthOverride(), measure.getReviewInterval().toString(),
                    measure.nextReviewDue().orElse(null));
        }
    }

    /** A milestone; {@code overdue} when it is open after its due date by the service's clock. */
    record MilestoneView(String id, String title, LocalDate dueDate, LocalDate doneDate, boolean overdue) {

        static MilestoneView of(Milestone milestone, boolean overdue) {
            return new MilestoneView(milestone.id(), milestone.title(), milestone.dueDate(), milestone.doneDate(),
                    overdue);
        }
    }

    /**
     * An indicator with its reported values, the latest of them, and how far it came from baseline to target
     * ({@code shareOfTheWay}, 0 to 1).
     */
    record IndicatorView(String id, String name, String unitOfMeasurement, BigDecimal baseline, BigDecimal target,
                         LocalDate targetDate, Direction direction, IndicatorValue latest, BigDecimal shareOfTheWay,
                         List<IndicatorValue> values) {

        static IndicatorView of(Indicator indicator) {
            return new IndicatorView(indicator.id(), indicator.name(), indicator.unitOfMeasurement(),
                    indicator.baseline(), indicator.target(), indicator.targetDate(), indicator.direction(),
                    indicator.latest().orElse(null), indicator.shareOfTheWay(), indicator.values());
        }
    }

    record HistoryEntryView(String change, MeasureStatus from, MeasureStatus to, Actor by, Instant at,
                            String reason) {

        static HistoryEntryView of(HistoryEntry entry) {
            return new HistoryEntryView(entry.change(), entry.from(), entry.to(), entry.by(), entry.at(),
                    entry.reason());
        }
    }

    /** An idea linked after the proposal and its answer; {@code reason} only when it declined. */
    record LinkedIdeaView(String id, SourceIdeaState state, String reason, Instant linkedAt) {

        static LinkedIdeaView of(LinkedIdea linked) {
            return new LinkedIdeaView(linked.ideaId(), linked.state(), linked.declineReason(), linked.linkedAt());
        }
    }

    /** The mandate as granted so far; {@code complete} when it allows planning the measure. */
    record MandateView(String responsibleRole, BigDecimal budgetPlanned, BigDecimal budgetSpent,
                       BigDecimal staffCapacityPersonDays, String competencesGranted, boolean complete) {

        static MandateView of(Mandate mandate) {
            return new MandateView(mandate.responsibleRole(), mandate.budgetPlanned(), mandate.budgetSpent(),
                    mandate.staffCapacityPersonDays(), mandate.competencesGranted(), mandate.isComplete());
        }
    }

    /** The idea a measure was proposed from and its answer; {@code reason} only when it declined. */
    record SourceIdeaView(String id, SourceIdeaState state, String reason) {

        static SourceIdeaView of(Measure measure) {
            return measure.getSourceIdeaId() == null ? null : new SourceIdeaView(measure.getSourceIdeaId(),
                    measure.getSourceIdeaState(), measure.getSourceIdeaDeclineReason());
        }
    }
}
