package berlin.gemeinsam.ideas.idea;

import berlin.gemeinsam.events.ideas.IdeaPublished;
import berlin.gemeinsam.platform.errors.NotFoundException;
import berlin.gemeinsam.platform.outbox.ConcurrentChanges;
import berlin.gemeinsam.platform.paging.Page;
import berlin.gemeinsam.platform.units.OwningUnit;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What can be done with the unit's ideas. */
@Service
public class IdeaService {

    private final IdeaRepository ideas;
    private final OwningUnit owner;
    private final Clock clock;

    IdeaService(IdeaRepository ideas, OwningUnit owner, Clock clock) {
        this.ideas = ideas;
        this.owner = owner;
        this.clock = clock;
    }

    /** Submits an idea; a repeated request with the same idempotency key returns the first idea. */
    public Submission submit(SubmitIdea command, String idempotencyKey) {
        // the key is the author's: two citizens who happen to pick the same key get two ideas
        String id = owner.newAggregateId("idea", idempotencyKey == null ? null : command.authorId() + "/" + idempotencyKey);
        Idea idea = Idea.submit(id, owner.id(), command.title(), command.problem(), command.proposal(),
                command.category(), command.authorId(), clock.instant());
        if (ideas.add(idea)) {
            return new Submission(idea, true);
        }
        return new Submission(get(id), false);
    }

    public Idea get(String id) {
        return ideas.find(id).orElseThrow(() -> new NotFoundException("idea", id));
    }

    public Page<Idea> list(Set<IdeaStatus> statuses, int page, int size) {
        return ideas.list(statuses, page, size);
    }

    public Idea publish(String id) {
        return ConcurrentChanges.retry(() -> {
            Idea idea = get(id);
            IdeaPublished published = idea.publish(clock.instant());
            ideas.save(idea, List.of(published));
            return idea;
        });
    }

    /**
     * Answers a measure proposed from an own idea: adopted by it, or declined with an event to the measure's unit;
     * ideas of other units are not ours to answer.
     */
    public Optional<Idea> adopt(String ideaId, String measureId, String measureUnit) {
        return ConcurrentChanges.retry(() -> ideas.find(ideaId).map(idea -> {
            Optional<Record> answer = idea.adoptAs(measureId, measureUnit, clock.instant());
            answer.ifPresent(event -> ideas.save(idea, List.of(event)));
            return idea;
        }));
    }

    public record SubmitIdea(String title, String problem, String proposal, String category, String authorId) {
    }

    public record Submission(Idea idea, boolean created) {
    }
}
