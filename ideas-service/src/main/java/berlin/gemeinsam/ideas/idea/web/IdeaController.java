package berlin.gemeinsam.ideas.idea.web;

import berlin.gemeinsam.events.Category;
import berlin.gemeinsam.events.GuidingPrinciple;
import berlin.gemeinsam.ideas.idea.application.IdeaService;
import berlin.gemeinsam.ideas.idea.domain.Actor;
import berlin.gemeinsam.ideas.idea.domain.HistoryEntry;
import berlin.gemeinsam.ideas.idea.domain.Idea;
import berlin.gemeinsam.ideas.idea.domain.IdeaContent;
import berlin.gemeinsam.ideas.idea.domain.IdeaStatus;
import berlin.gemeinsam.ideas.idea.domain.Location;
import berlin.gemeinsam.ideas.search.application.IdeaSearch;
import berlin.gemeinsam.ideas.search.application.SearchableIdea;
import berlin.gemeinsam.platform.audit.AuditLog;
import berlin.gemeinsam.platform.security.Access;
import berlin.gemeinsam.platform.security.Caller;
import berlin.gemeinsam.platform.security.Role;
import berlin.gemeinsam.platform.units.OwningUnit;
import berlin.gemeinsam.platform.versions.ExpectedVersion;
import berlin.gemeinsam.platform.web.Creation;
import berlin.gemeinsam.platform.web.EntityTags;
import berlin.gemeinsam.platform.web.IdempotencyKey;
import berlin.gemeinsam.platform.web.IdempotencyKeys;
import berlin.gemeinsam.platform.web.PageResponse;
import berlin.gemeinsam.platform.web.ResourceIds;
import berlin.gemeinsam.platform.web.Text;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.HttpHeaders;
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

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

@RestController
@RequestMapping("/api/v1/ideas")
// the central instance keeps no ideas of its own: it answers with its view of every unit's (central.web)
@ConditionalOnExpression("'${gemeinsam.unit}' != 'central'")
class IdeaController {

    private final IdeaService ideas;
    private final Access access;
    private final AuditLog audit;
    private final OwningUnit owner;
    private final IdempotencyKeys idempotencyKeys;
    private final IdeaSearch search;

    IdeaController(IdeaService ideas, Access access, AuditLog audit, OwningUnit owner,
                   IdempotencyKeys idempotencyKeys, IdeaSearch search) {
        this.ideas = ideas;
        this.access = access;
        this.audit = audit;
        this.owner = owner;
        this.idempotencyKeys = idempotencyKeys;
        this.search = search;
    }

    /**
     * Citizens submit ideas as themselves: the author is the token's subject. The answer lists published ideas like
     * it, so that its author may support one of them rather than repeat it.
     */
    @PostMapping
    ResponseEntity<SubmittedIdeaView> submit(@Valid @RequestBody SubmitIdeaRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) @IdempotencyKey String idempotencyKey) {
        Caller author = access.citizenActingAs(request.authorId());
        IdeaService.SubmitIdea idea = new IdeaService.SubmitIdea(request.content(), author.subject());
        IdeaService.Submission submission = idempotencyKeys.once("idea/" + author.subject(), idempotencyKey, idea,
                () -> ideas.submit(idea, idempotencyKey));
        Idea submitted = submission.idea();
        List<SimilarIdeaView> similar = search.similarTo(submitted.getId(), submitted.getTitle(),
                submitted.getProblem()).stream().map(SimilarIdeaView::of).toList();
        return Creation.createdOrFound(submission.created(), submitted.getId(),
                new SubmittedIdeaView(IdeaView.of(submitted), similar));
    }

    /**
     * The idea as the caller may read it, its version as ETag; one they may not read is answered 404. A merged idea is
     * answered as it is, with a link to the surviving one as its canonical version: a redirect would hide that it was
     * merged, and why.
     */
    @GetMapping("/{id}")
    ResponseEntity<IdeaView> get(@PathVariable String id) {
        Idea idea = ideas.read(id, access.caller());
        ResponseEntity<IdeaView> answer = withVersion(idea);
        if (idea.getMergedInto() == null) {
            return answer;
        }
        return ResponseEntity.ok().headers(answer.getHeaders())
                .header(HttpHeaders.LINK, "</api/v1/ideas/" + idea.getMergedInto() + ">; rel=\"canonical\"")
                .body(answer.getBody());
    }

    /**
     * The ideas the caller may read, all or those of one status. A request with any parameter of the search (see
     * {@code search.web}) is the search's.
     */
    @GetMapping(params = {"!q", "!category", "!principle", "!unit", "!hasLocation", "!near", "!radius", "!sort",
            "!cursor"})
    PageResponse<IdeaView> list(@RequestParam(required = false) IdeaStatus status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return PageResponse.of(ideas.list(Optional.ofNullable(status), access.caller(), page, size), IdeaView::of);
    }

    /**
     * Moderators of the unit publish its ideas. Every change takes an optional {@code If-Match} with the ETag the
     * caller read (412 when the idea changed since) and answers the changed idea with its new ETag.
     */
    @PostMapping("/{id}/publish")
    ResponseEntity<IdeaView> publish(@PathVariable String id,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) String ifMatch) {
        return byModerator("publish", id, ifMatch, (expected, moderator) -> ideas.publish(id, expected, moderator));
    }

    /** Moderators of the unit reject a submitted idea, with the reason its author reads. */
    @PostMapping("/{id}/reject")
    ResponseEntity<IdeaView> reject(@PathVariable String id, @Valid @RequestBody RejectionRequest request,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) String ifMatch) {
        return byModerator("reject", id, ifMatch,
                (expected, moderator) -> ideas.reject(id, expected, request.reason(), moderator));
    }

    /** Moderators of the unit shortlist a published idea. */
    @PostMapping("/{id}/shortlist")
    ResponseEntity<IdeaView> shortlist(@PathVariable String id,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) String ifMatch) {
        return byModerator("shortlist", id, ifMatch,
                (expected, moderator) -> ideas.shortlist(id, expected, moderator));
    }

    /** Moderators of the unit archive a published or shortlisted idea, with an optional reason. */
    @PostMapping("/{id}/archive")
    ResponseEntity<IdeaView> archive(@PathVariable String id,
            @Valid @RequestBody(required = false) ArchivingRequest request,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) String ifMatch) {
        String reason = request == null ? null : request.reason();
        return byModerator("archive", id, ifMatch,
                (expected, moderator) -> ideas.archive(id, expected, reason, moderator));
    }

    /** Moderators of the unit merge a duplicate into the surviving idea of the unit named by {@code into}. */
    @PostMapping("/{id}/merge")
    ResponseEntity<IdeaView> merge(@PathVariable String id, @Valid @RequestBody MergeRequest request,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) String ifMatch) {
        String into = ResourceIds.canonical(request.into());
        return byModerator("merge", id, ifMatch, (expected, moderator) -> ideas.merge(id, expected, into, moderator));
    }

    /**
     * The author withdraws their idea. Somebody who may not read it is answered 404 as for reading; somebody who
     * may read it but is not its author 403.
     */
    @PostMapping("/{id}/withdraw")
    ResponseEntity<IdeaView> withdraw(@PathVariable String id,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) String ifMatch) {
        authorOf(id);
        return withVersion(ideas.withdraw(id, EntityTags.expectedBy(ifMatch)));
    }

    /**
     * Replaces the idea's content: the author while it is submitted, a moderator of the unit while it is open
     * (moderator edits are audited).
     */
    @PutMapping("/{id}")
    ResponseEntity<IdeaView> edit(@PathVariable String id, @Valid @RequestBody EditIdeaRequest request,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) String ifMatch) {
        if (access.caller().filter(caller -> caller.isModeratorOf(owner.id())).isPresent()) {
            return byModerator("edit", id, ifMatch,
                    (expected, moderator) -> ideas.editByModerator(id, expected, request.content(), moderator));
        }
        authorOf(id);
        return withVersion(ideas.editByAuthor(id, EntityTags.expectedBy(ifMatch), request.content()));
    }

    /** The idea's changes, oldest first; readable by whoever may read the idea. */
    @GetMapping("/{id}/history")
    HistoryView history(@PathVariable String id) {
        return new HistoryView(id, ideas.history(id, access.caller()).stream().map(HistoryEntryView::of).toList());
    }

    /** The caller as a moderator of the unit, named in the history by role and unit. */
    private Actor moderator() {
        Caller moderator = access.moderatorOf(owner.id());
        return Actor.staff(Role.MODERATOR.name(), moderator.unit());
    }

    /**
     * A moderator's change: the caller must be a moderator of the unit (checked before anything is read), the change
     * is audited once made, and answered with the idea's new ETag.
     */
    private ResponseEntity<IdeaView> byModerator(String action, String id, String ifMatch,
                                                 BiFunction<ExpectedVersion, Actor, Idea> change) {
        Actor moderator = moderator();
        Idea changed = change.apply(EntityTags.expectedBy(ifMatch), moderator);
        audit.record(action, "idea", id);
        return withVersion(changed);
    }

    /** The idea with its stored version as ETag, for a later change's {@code If-Match}. */
    private static ResponseEntity<IdeaView> withVersion(Idea idea) {
        return ResponseEntity.ok().eTag(EntityTags.of(idea.getVersion())).body(IdeaView.of(idea));
    }

    private void authorOf(String id) {
        Idea idea = ideas.read(id, access.caller());
        access.citizenActingAs(idea.getAuthorId());
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

    /** The idea's content as it is to read after the edit; the same fields and rules as a submission. */
    record EditIdeaRequest(
            @NotBlank @Size(max = 150) @Text @NoHtml String title,
            @NotBlank @Size(max = 5000) @Text(multiline = true) @NoHtml String problem,
            @Size(max = 5000) @Text(multiline = true) @NoHtml String proposal,
            Category category,
            Set<GuidingPrinciple> principles,
            @Valid @InBerlin LocationRequest location,
            @Pattern(regexp = "de|en") String language) {

        IdeaContent content() {
            return new IdeaContent(title, problem, proposal, category, principles,
                    location == null ? null : location.toLocation(), Languages.of(language));
        }
    }

    record RejectionRequest(@NotBlank @Size(max = 1000) @Text(multiline = true) @NoHtml String reason) {
    }

    /** The surviving idea, by its id. */
    record MergeRequest(@NotBlank @Pattern(regexp = ResourceIds.PATTERN, message = "{idea.not-a-uuid}") String into) {
    }

    record ArchivingRequest(@Size(max = 1000) @Text(multiline = true) @NoHtml String reason) {
    }

    /** A WGS84 point inside Berlin. */
    record LocationRequest(@NotNull Double latitude, @NotNull Double longitude) {

        Location toLocation() {
            return new Location(latitude, longitude);
        }
    }

    record HistoryView(String ideaId, List<HistoryEntryView> entries) {
    }

    /** Who: {@code participantId} for a citizen, {@code role} and {@code unit} for staff and measures. */
    record HistoryEntryView(String change, IdeaStatus from, IdeaStatus to, Actor by, Instant at, String reason) {

        static HistoryEntryView of(HistoryEntry entry) {
            return new HistoryEntryView(entry.change(), entry.from(), entry.to(), entry.by(), entry.at(),
                    entry.reason());
        }
    }

    /** {@code formerCategory}: the free-text category of an idea stored before the fixed list that named none of it. */
    record IdeaView(String id, String unit, String title, String problem, String proposal, Category category,
                    Set<GuidingPrinciple> principles, Location location, String language,
                    String authorId, IdeaStatus status, String rejectionReason, long supportCount, String measureId,
                    Instant submittedAt, Instant publishedAt, Instant adoptedAt, Instant closedAt,
                    String formerCategory, String mergedInto) {

        static IdeaView of(Idea idea) {
            return new IdeaView(idea.getId(), idea.getUnit(), idea.getTitle(), idea.getProblem(),
                    idea.getProposal(), idea.getCategory(), idea.getPrinciples(), idea.getLocation(),
                    Languages.code(idea.getLanguage()), idea.getAuthorId(), idea.getStatus(),
                    idea.getRejectionReason(), idea.getSupportCount(), idea.getMeasureId(), idea.getSubmittedAt(),
                    idea.getPublishedAt(), idea.getAdoptedAt(), idea.getClosedAt(), idea.getFormerCategory(),
                    idea.getMergedInto());
        }
    }

    /** A new idea with up to five published ideas like it ({@code similarIdeas}), the most alike first. */
    record SubmittedIdeaView(@JsonUnwrapped IdeaView idea, List<SimilarIdeaView> similarIdeas) {
    }

    record SimilarIdeaView(String id, String title, long supportCount) {

        static SimilarIdeaView of(SearchableIdea idea) {
            return new SimilarIdeaView(idea.id(), idea.title(), idea.supportCount());
        }
    }
}
