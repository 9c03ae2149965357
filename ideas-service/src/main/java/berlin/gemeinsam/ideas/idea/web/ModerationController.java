package berlin.gemeinsam.ideas.idea.web;

import berlin.gemeinsam.ideas.idea.application.ModerationQueue;
import berlin.gemeinsam.ideas.idea.web.IdeaController.IdeaView;
import berlin.gemeinsam.platform.security.Access;
import berlin.gemeinsam.platform.units.OwningUnit;
import berlin.gemeinsam.platform.web.PageResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The work of the unit's moderators (none on the central instance, which moderates nothing); the actions on an idea
 * are the idea's own endpoints.
 */
@RestController
@RequestMapping("/api/v1/moderation")
@ConditionalOnExpression("'${gemeinsam.unit}' != 'central'")
class ModerationController {

    private final ModerationQueue queue;
    private final Access access;
    private final OwningUnit owner;

    ModerationController(ModerationQueue queue, Access access, OwningUnit owner) {
        this.queue = queue;
        this.access = access;
        this.owner = owner;
    }

    /** The submitted ideas waiting for a moderator of the unit, oldest first, with the unit's counts. */
    @GetMapping("/queue")
    ModerationQueueView queue(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        access.moderatorOf(owner.id());
        ModerationQueue.Queue waiting = queue.read(page, size);
        PageResponse<IdeaView> ideas = PageResponse.of(waiting.waiting(), IdeaView::of);
        ModerationQueueCounts counts = new ModerationQueueCounts(waiting.submitted(), waiting.published(),
                waiting.shortlisted());
        return new ModerationQueueView(ideas.items(), ideas.page(), ideas.size(), ideas.totalItems(),
                ideas.totalPages(), counts);
    }

    /** A page of the queue as the other lists are paged, and the counts. */
    record ModerationQueueView(List<IdeaView> items, int page, int size, long totalItems, int totalPages,
                               ModerationQueueCounts counts) {
    }

    /** The unit's ideas waiting for moderation ({@code submitted}), published and shortlisted. */
    record ModerationQueueCounts(long submitted, long published, long shortlisted) {
    }
}
