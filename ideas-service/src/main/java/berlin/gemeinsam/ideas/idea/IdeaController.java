package berlin.gemeinsam.ideas.idea;

import berlin.gemeinsam.platform.web.Creation;
import berlin.gemeinsam.platform.web.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
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

@RestController
@RequestMapping("/api/v1/ideas")
class IdeaController {

    private final IdeaService ideas;

    IdeaController(IdeaService ideas) {
        this.ideas = ideas;
    }

    @PostMapping
    ResponseEntity<IdeaView> submit(@Valid @RequestBody SubmitIdeaRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 100) String idempotencyKey) {
        IdeaService.Submission submission = ideas.submit(new IdeaService.SubmitIdea(request.title(),
                request.problem(), request.proposal(), request.category(), request.authorId()), idempotencyKey);
        return Creation.createdOrFound(submission.created(), submission.idea().getId(),
                IdeaView.of(submission.idea()));
    }

    @GetMapping("/{id}")
    IdeaView get(@PathVariable String id) {
        return IdeaView.of(ideas.get(id));
    }

    @GetMapping
    PageResponse<IdeaView> list(@RequestParam(required = false) IdeaStatus status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return ideas.list(status, page, size).map(IdeaView::of);
    }

    @PostMapping("/{id}/publish")
    IdeaView publish(@PathVariable String id) {
        return IdeaView.of(ideas.publish(id));
    }

    record SubmitIdeaRequest(
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 5000) String problem,
            @Size(max = 5000) String proposal,
            @Size(max = 80) String category,
            @Size(max = 100) String authorId) {
    }

    record IdeaView(String id, String unit, String title, String problem, String proposal, String category,
                    String authorId, IdeaStatus status, long supportCount, String measureId,
                    Instant submittedAt, Instant publishedAt, Instant adoptedAt) {

        static IdeaView of(Idea idea) {
            return new IdeaView(idea.getId(), idea.getUnit(), idea.getTitle(), idea.getProblem(),
                    idea.getProposal(), idea.getCategory(), idea.getAuthorId(), idea.getStatus(),
                    idea.getSupportCount(), idea.getMeasureId(), idea.getSubmittedAt(), idea.getPublishedAt(),
                    idea.getAdoptedAt());
        }
    }
}
