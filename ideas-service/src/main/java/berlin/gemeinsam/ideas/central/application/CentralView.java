package berlin.gemeinsam.ideas.central.application;

import berlin.gemeinsam.events.ideas.IdeaAdopted;
import berlin.gemeinsam.events.ideas.IdeaArchived;
import berlin.gemeinsam.events.ideas.IdeaEdited;
import berlin.gemeinsam.events.ideas.IdeaMerged;
import berlin.gemeinsam.events.ideas.IdeaPublished;
import berlin.gemeinsam.events.ideas.IdeaPublishedV2;
import berlin.gemeinsam.events.ideas.IdeaShortlisted;
import berlin.gemeinsam.events.ideas.IdeaWithdrawn;
import berlin.gemeinsam.ideas.central.domain.CentralIdea;
import berlin.gemeinsam.ideas.idea.domain.SupportGivings;
import berlin.gemeinsam.ideas.search.application.IndexFollower;
import berlin.gemeinsam.platform.errors.NotFoundException;
import berlin.gemeinsam.platform.outbox.ConcurrentChanges;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * The central instance's read-only view of every unit's published ideas, built from the units' idea events and the
 * supports of their participation streams, never by asking another instance. Each event is applied by its place in
 * its idea's order ({@link CentralIdea}); the supports and the idea events are consumed apart, so a change of one idea
 * is retried when the other changed it in between.
 */
@Service
@ConditionalOnProperty(name = "gemeinsam.unit", havingValue = CentralView.CENTRAL_UNIT)
public class CentralView {

    /** The unit whose instance keeps the view. */
    public static final String CENTRAL_UNIT = "central";

    private final CentralIdeas ideas;
    private final CentralSupports supports;
    private final IndexFollower search;
    private final Clock clock;

    CentralView(CentralIdeas ideas, CentralSupports supports, IndexFollower search, Clock clock) {
        this.ideas = ideas;
        this.supports = supports;
        this.search = search;
        this.clock = clock;
    }

    public void published(IdeaPublished event, String sequence) {
        apply(event.ideaId(), (idea, now) -> idea.published(event, sequence, now));
    }

    public void published(IdeaPublishedV2 event, String sequence) {
        apply(event.ideaId(), (idea, now) -> idea.published(event, sequence, now));
    }

    public void edited(IdeaEdited event, String sequence) {
        apply(event.ideaId(), (idea, now) -> idea.edited(event, sequence, now));
    }

    public void shortlisted(IdeaShortlisted event, String sequence) {
        apply(event.ideaId(), (idea, now) -> idea.shortlisted(event, sequence, now));
    }

    public void adopted(IdeaAdopted event, String sequence) {
        apply(event.ideaId(), (idea, now) -> idea.adopted(event, sequence, now));
    }

    public void archived(IdeaArchived event, String sequence) {
        apply(event.ideaId(), (idea, now) -> idea.archived(event, sequence, now));
    }

    public void merged(IdeaMerged event, String sequence) {
        apply(event.ideaId(), (idea, now) -> idea.merged(event, sequence, now));
    }

    public void withdrawn(IdeaWithdrawn event, String sequence) {
        apply(event.ideaId(), (idea, now) -> idea.withdrawn(event, sequence, now));
    }

    /**
     * A support of any unit's idea, given in any unit's participation-service. The count is the number of different
     * supports recorded for the idea, so a support delivered again is counted once, also after a crash between
     * recording it and counting; a support that arrives before its idea's events waits in the count of an idea the
     * view does not show yet.
     */
    public void supportGiven(String supportId, String ideaId, String sequence) {
        supports.add(SupportGivings.givingId(supportId, sequence), ideaId);
        long counted = supports.countFor(ideaId);
        apply(ideaId, (idea, now) -> idea.supportsCounted(counted, now));
    }

    /**
     * A withdrawal of a support, counted once by the support and its {@code ce_sequence}, apart from the supports:
     * one that arrives before its support lowers the count once the support is counted too.
     */
    public void supportWithdrawn(String supportId, String ideaId, String sequence) {
        supports.addWithdrawal(SupportGivings.withdrawalId(supportId, sequence), ideaId);
        long withdrawn = supports.countWithdrawalsFor(ideaId);
        apply(ideaId, (idea, now) -> idea.withdrawalsCounted(withdrawn, now));
    }

    /** An idea the view shows; others, and ideas it does not know, do not exist here. */
    public CentralIdea read(String id) {
        return ideas.find(id).filter(CentralIdea::isShown).orElseThrow(() -> new NotFoundException("idea", id));
    }

    /** The statistics of the ideas the view shows, of every unit or of one. */
    public IdeaStats stats(Optional<String> unit) {
        return ideas.stats(unit);
    }

    /** Applies the change to the view and, when it changed the view, has the search take it in at once. */
    private void apply(String ideaId, BiPredicate<CentralIdea, Instant> change) {
        boolean changed = ConcurrentChanges.retry(() -> {
            CentralIdea idea = ideas.find(ideaId).orElseGet(() -> CentralIdea.unseen(ideaId));
            if (!change.test(idea, clock.instant())) {
                return false;
            }
            ideas.save(idea);
            return true;
        });
        if (changed) {
            search.nudge(ideaId);
        }
    }
}
