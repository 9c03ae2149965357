package berlin.gemeinsam.ideas.idea.web;

import berlin.gemeinsam.ideas.idea.application.IdeaService;
import berlin.gemeinsam.ideas.idea.domain.Category;
import berlin.gemeinsam.ideas.idea.domain.GuidingPrinciple;
import berlin.gemeinsam.ideas.idea.domain.Idea;
import berlin.gemeinsam.ideas.idea.domain.IdeaContent;
import berlin.gemeinsam.ideas.idea.domain.IdeaStatus;
import berlin.gemeinsam.ideas.idea.domain.Location;
import berlin.gemeinsam.platform.audit.AuditLog;
import berlin.gemeinsam.platform.security.Access;
import berlin.gemeinsam.platform.security.Caller;
import berlin.gemeinsam.platform.units.OwningUnit;
import berlin.gemeinsam.platform.web.Creation;
import berlin.gemeinsam.platform.web.IdempotencyKey;
import berlin.gemeinsam.platform.web.IdempotencyKeys;
import berlin.gemeinsam.platform.web.PageResponse;
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
import java.util.Optional;
import java.util.Set;

@RestController
@RequestMapping("/api/v1/ideas")
class IdeaController {

    private final IdeaService ideas;
    private final Access access;
    private final AuditLog audit;
    private final OwningUnit owner;
    private final IdempotencyKeys idempotencyKeys;

    IdeaController(IdeaService ideas, Access access, AuditLog audit, OwningUnit owner,
                   IdempotencyKeys idempotencyKeys) {
        this.ideas = ideas;
        this.access = access;
        this.audit = audit;
        this.owner = owner;
        this.idempotencyKeys = idempotencyKeys;
    }

    /** Citizens submit ideas as themselves: the author is the token's subject. */
    @PostMapping
    ResponseEntity<IdeaView> submit(@Valid @RequestBody SubmitIdeaRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) @IdempotencyKey String idempotencyKey) {
        Caller author = access.citizenActingAs(request.authorId());
        IdeaService.SubmitIdea idea = new IdeaService.SubmitIdea(request.content(), author.subject());
        IdeaService.Submission submission = idempotencyKeys.once("idea/" + author.subject(), idempotencyKey, idea,
                () -> ideas.submit(idea, idempotencyKey));
        return Creation.createdOrFound(submission.created(), submission.idea().getId(),
                IdeaView.of(submission.idea()));
    }

    /** The idea as the caller may read it; one they may not read is answered 404. */
    @GetMapping("/{id}")
    IdeaView get(@PathVariable String id) {
        return IdeaView.of(ideas.read(id, access.caller()));
    }

    /** The ideas the caller may read, all or those of one status. */
    @GetMapping
    PageResponse<IdeaView> list(@RequestParam(required = false) IdeaStatus status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return PageResponse.of(ideas.list(Optional.ofNullable(status), access.caller(), page, size), IdeaView::of);
    }

    /** Moderators of the unit publish its ideas. */
    @PostMapping("/{id}/publish")
    IdeaView publish(@PathVariable String id) {
        access.moderatorOf(owner.id());
        Idea published = ideas.publish(id);
        audit.record("publish", "idea", id);
        return IdeaView.of(published);
    }

    /**
     * A new idea. {@code category} is one of the fields of action by its name ({@code GET /api/v1/categories});
     * {@code language} is {@code de} (the default) or {@code en}.
     */
    record SubmitIdeaRequest(
            @NotBlank @Size(max = 150) @Text @NoHtml String title,
            @NotBlank @Size(max = 5000) @Text(multiline = true) @NoHtml String problem,
            @Size(max = 5000) @Text(multiline = true) @NoHtml String proposal,
            Category category,
            Set<GuidingPrinciple> principles,
            @Valid @InBerlin LocationRequest location,
            @Pattern(regexp = "de|en") String language,
            @Size(max = 100) @Text String authorId) {

        IdeaContent content() {
            return new IdeaContent(title, problem, proposal, category, principles,
                    location == null ? null : location.toLocation(), Languages.of(language));
        }
    }

    /** A WGS84 point inside Berlin. */
    record LocationRequest(@NotNull Double latitude, @NotNull Double longitude) {

        Location toLocation() {
            return new Location(latitude, longitude);
        }
    }

    record IdeaView(String id, String unit, String title, String problem, String proposal, Category category,
                    Set<GuidingPrinciple> principles, Location location, String language,
                    String authorId, IdeaStatus status, long supportCount, String measureId,
                    Instant submittedAt, Instant publishedAt, Instant adoptedAt) {

        static IdeaView of(Idea idea) {
            return new IdeaView(idea.getId(), idea.getUnit(), idea.getTitle(), idea.getProblem(),
                    idea.getProposal(), idea.getCategory(), idea.getPrinciples(), idea.getLocation(),
                    Languages.code(idea.getLanguage()), idea.getAuthorId(), idea.getStatus(),
                    idea.getSupportCount(), idea.getMeasureId(), idea.getSubmittedAt(), idea.getPublishedAt(),
                    idea.getAdoptedAt());
        }
    }
}
