package berlin.gemeinsam.ideas.idea.application;

import berlin.gemeinsam.ideas.idea.domain.Actor;
import berlin.gemeinsam.ideas.idea.domain.HistoryEntry;
import berlin.gemeinsam.ideas.idea.domain.Idea;
import berlin.gemeinsam.ideas.idea.domain.IdeaContent;
import berlin.gemeinsam.ideas.idea.domain.IdeaStatus;
import berlin.gemeinsam.platform.errors.NotFoundException;
import berlin.gemeinsam.platform.outbox.ConcurrentChanges;
import berlin.gemeinsam.platform.paging.Page;
import berlin.gemeinsam.platform.security.Caller;
import berlin.gemeinsam.platform.units.OwningUnit;
import berlin.gemeinsam.platform.versions.ExpectedVersion;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** What can be done with the unit's ideas. */
@Service
public class IdeaService {

    private final Ideas ideas;
    private final OwningUnit owner;
    private final IdeaVisibility visibility;
    private final Clock clock;

    IdeaService(Ideas ideas, OwningUnit owner, Clock clock) {
        this.ideas = ideas;
        this.owner = owner;
        this.visibility = new IdeaVisibility(owner.id());
        this.clock = clock;
    }

    /** Submits an idea; a repeated request with the same idempotency key returns the first idea. */
    public Submission submit(SubmitIdea command, String idempotencyKey) {
        // the key is the author's: two citizens who happen to pick the same key get two ideas
        String id = owner.newAggregateId("idea", idempotencyKey == null ? null : command.authorId() + "/" + idempotencyKey);
        Idea idea = Idea.submit(id, owner.id(), command.content(), command.authorId(), clock.instant());
        if (ideas.add(idea)) {
            return new Submission(idea, true);
        }
        return new Submission(get(id), false);
    }

    /**
     * An idea as the reader may see it: one they may not read does not exist for them, so that nobody learns of
     * unpublished ideas.
     */
    public Idea read(String id, Optional<Caller> reader) {
        Idea idea = get(id);
        if (!visibility.mayRead(idea, reader)) {
            throw new NotFoundException("idea", id);
        }
        return idea;
    }

    /** The idea's changes, oldest first, for those who may read the idea. */
    public List<HistoryEntry> history(String id, Optional<Caller> reader) {
        return read(id, reader).getHistory();
    }

    /** The ideas the reader may see, all of them or those in {@code status}. */
    public Page<Idea> list(Optional<IdeaStatus> status, Optional<Caller> reader, int page, int size) {
        Set<IdeaStatus> visible = visibility.listedFor(reader);
        Set<IdeaStatus> wanted = status.<Set<IdeaStatus>>map(one -> visible.contains(one) ? EnumSet.of(one)
                : EnumSet.noneOf(IdeaStatus.class)).orElse(visible);
        return ideas.list(wanted, page, size);
    }

    /** Publishes the idea with both versions of the event, v1 first (each in its place of the idea's order). */
    public Idea publish(String id, ExpectedVersion expected, Actor by) {
        return changeCausing(id, expected, idea -> {
            Record published = idea.publish(by, clock.instant());
            return List.of(published, idea.publication());
        });
    }

    /** A moderator refuses a submitted idea; its author reads why. */
    public Idea reject(String id, ExpectedVersion expected, String reason, Actor by) {
        return change(id, expected, idea -> idea.reject(reason, by, clock.instant()));
    }

    /** The author withdraws their idea (that the caller is the author is the caller's to check). */
    public Idea withdraw(String id, ExpectedVersion expected) {
        return change(id, expected, idea -> idea.withdraw(clock.instant()));
    }

    public Idea shortlist(String id, ExpectedVersion expected, Actor by) {
        return change(id, expected, idea -> idea.shortlist(by, clock.instant()));
    }

    public Idea archive(String id, ExpectedVersion expected, String reason, Actor by) {
        return change(id, expected, idea -> idea.archive(reason, by, clock.instant()));
    }

    /** The author rewrites their submitted idea (that the caller is the author is the caller's to check). */
    public Idea editByAuthor(String id, ExpectedVersion expected, IdeaContent content) {
        return change(id, expected, idea -> idea.editByAuthor(content, clock.instant()));
    }

    public Idea editByModerator(String id, ExpectedVersion expected, IdeaContent content, Actor by) {
        return change(id, expected, idea -> idea.editByModerator(content, by, clock.instant()));
    }

    /**
     * A moderator merges a duplicate into the surviving idea {@code into}: the duplicate changes with its event, then
     * the survivor notes what it absorbed. The two are separate writes; repeating the merge completes a survivor whose
     * note a crash in between left out. {@code expected} is the duplicate's version.
     */
    public Idea merge(String id, ExpectedVersion expected, String into, Actor by) {
        Idea merged = ConcurrentChanges.retry(() -> {
            Idea duplicate = get(id);
            expected.check("idea", id, duplicate.getVersion());
            Idea survivor = ideas.find(into).orElseThrow(() -> new NotFoundException("idea", into, "into"));
            duplicate.mergeInto(survivor, by, clock.instant())
                    .ifPresent(event -> ideas.save(duplicate, List.of(event)));
            return duplicate;
        });
        ConcurrentChanges.retry(() -> {
            Idea survivor = get(into);
            if (survivor.absorb(merged, by, clock.instant())) {
                ideas.save(survivor, List.of());
            }
            return survivor;
        });
        return get(id);
    }

    /**
     * Makes the change when the idea is at the version the caller expects, checked against the version read in the
     * same optimistic attempt: a change that came in between makes the attempt read again and fail the check, so it
     * is refused ({@code StaleVersionException}), never overwritten. Answers the idea as stored, at its new version.
     */
    private Idea change(String id, ExpectedVersion expected, Function<Idea, Record> transition) {
        return changeCausing(id, expected, idea -> List.of(transition.apply(idea)));
    }

    private Idea changeCausing(String id, ExpectedVersion expected, Function<Idea, List<Record>> transition) {
        return ConcurrentChanges.retry(() -> {
            Idea idea = get(id);
            expected.check("idea", id, idea.getVersion());
            return ideas.save(idea, transition.apply(idea));
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

    private Idea get(String id) {
        return ideas.find(id).orElseThrow(() -> new NotFoundException("idea", id));
    }

    public record SubmitIdea(IdeaContent content, String authorId) {
    }

    public record Submission(Idea idea, boolean created) {
    }
}
