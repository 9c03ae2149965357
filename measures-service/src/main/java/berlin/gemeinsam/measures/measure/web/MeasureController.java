package berlin.gemeinsam.measures.measure.web;

import berlin.gemeinsam.measures.measure.application.MeasureService;
import berlin.gemeinsam.measures.measure.domain.Measure;
import berlin.gemeinsam.measures.measure.domain.MeasureStatus;
import berlin.gemeinsam.measures.measure.domain.MeasureType;
import berlin.gemeinsam.measures.measure.domain.SourceIdeaState;
import berlin.gemeinsam.platform.audit.AuditLog;
import berlin.gemeinsam.platform.web.Creation;
import berlin.gemeinsam.platform.web.IdempotencyKey;
import berlin.gemeinsam.platform.web.IdempotencyKeys;
import berlin.gemeinsam.platform.web.PageResponse;
import berlin.gemeinsam.platform.web.ResourceIds;
import berlin.gemeinsam.platform.web.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

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
                request.type(), request.canonicalSourceIdeaId(), request.participatingUnits());
        MeasureService.Submission submission = idempotencyKeys.once("measure", idempotencyKey, proposal,
                () -> measures.propose(proposal, idempotencyKey));
        if (submission.created()) {
            audit.record("propose", "measure", submission.measure().getId());
        }
        return Creation.createdOrFound(submission.created(), submission.measure().getId(),
                MeasureView.of(submission.measure()));
    }

    @GetMapping("/{id}")
    MeasureView get(@PathVariable String id) {
        return MeasureView.of(measures.get(id));
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
            @KnownUnits List<String> participatingUnits) {

        /** Ideas' ids are lower case, and the adopting idea is looked up by its exact id. */
        String canonicalSourceIdeaId() {
            return ResourceIds.canonical(sourceIdeaId);
        }
    }

    record MeasureView(String id, String unit, String title, String goal, MeasureType type, MeasureStatus status,
                       String sourceIdeaId, SourceIdeaView sourceIdea, List<String> participatingUnits,
                       Instant proposedAt) {

        static MeasureView of(Measure measure) {
            return new MeasureView(measure.getId(), measure.getUnit(), measure.getTitle(), measure.getGoal(),
                    measure.getType(), measure.getStatus(), measure.getSourceIdeaId(), SourceIdeaView.of(measure),
                    measure.getParticipatingUnits(), measure.getProposedAt());
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
