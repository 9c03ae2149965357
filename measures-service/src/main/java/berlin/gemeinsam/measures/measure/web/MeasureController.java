package berlin.gemeinsam.measures.measure.web;

import berlin.gemeinsam.events.Category;
import berlin.gemeinsam.events.GuidingPrinciple;
import berlin.gemeinsam.measures.measure.application.MeasureService;
import berlin.gemeinsam.measures.measure.domain.LinkedIdea;
import berlin.gemeinsam.measures.measure.domain.Mandate;
import berlin.gemeinsam.measures.measure.domain.Measure;
import berlin.gemeinsam.measures.measure.domain.MeasureStatus;
import berlin.gemeinsam.measures.measure.domain.MeasureType;
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
import java.util.List;

@RestController
@RequestMapping("/api/v1/measures")
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
                request.mandate() == null ? null : request.mandate().toMandate());
        MeasureService.Submission submission = idempotencyKeys.once("measure", idempotencyKey, proposal,
                () -> measures.propose(proposal, idempotencyKey));
        if (submission.created()) {
            audit.record("propose", "measure", submission.measure().getId());
        }
        return Creation.createdOrFound(submission.created(), submission.measure().getId(),
                MeasureView.of(submission.measure()));
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

    private static ResponseEntity<MeasureView> withVersion(Measure measure) {
        return ResponseEntity.ok().eTag(EntityTags.of(measure.getVersion())).body(MeasureView.of(measure));
    }

    @GetMapping
    PageResponse<MeasureView> list(@RequestParam(required = false) MeasureType type,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return PageResponse.of(measures.list(type, page, size), MeasureView::of);
    }

    record ProposeMeasureRequest(
            @NotBlank @Size(max = 200) @Text String title,
            @NotBlank @Size(max = 5000) @Text(multiline = true) String goal,
            @NotNull MeasureType type,
            @Pattern(regexp = ResourceIds.PATTERN, message = "{measure.not-a-uuid}") String sourceIdeaId,
            @KnownUnits List<String> participatingUnits,
            List<@NotNull Category> fieldsOfAction,
            List<@NotNull GuidingPrinciple> guidingPrinciples,
            @Valid MandateRequest mandate) {

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

    record LinkIdeaRequest(
            @NotNull @Pattern(regexp = ResourceIds.PATTERN, message = "{measure.not-a-uuid}") String ideaId) {
    }

    record MeasureView(String id, String unit, String title, String goal, MeasureType type, MeasureStatus status,
                       String sourceIdeaId, SourceIdeaView sourceIdea, List<String> participatingUnits,
                       Instant proposedAt, List<Category> fieldsOfAction, List<GuidingPrinciple> guidingPrinciples,
                       List<LinkedIdeaView> linkedIdeas, MandateView mandate) {

        static MeasureView of(Measure measure) {
            return new MeasureView(measure.getId(), measure.getUnit(), measure.getTitle(), measure.getGoal(),
                    measure.getType(), measure.getStatus(), measure.getSourceIdeaId(), SourceIdeaView.of(measure),
                    measure.getParticipatingUnits(), measure.getProposedAt(), measure.getFieldsOfAction(),
                    measure.getGuidingPrinciples(), measure.getLinkedIdeas().stream().map(LinkedIdeaView::of).toList(),
                    MandateView.of(measure.getMandate()));
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
