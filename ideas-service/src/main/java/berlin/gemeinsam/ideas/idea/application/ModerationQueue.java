package berlin.gemeinsam.ideas.idea.application;

import berlin.gemeinsam.ideas.idea.domain.Idea;
import berlin.gemeinsam.ideas.idea.domain.IdeaStatus;
import berlin.gemeinsam.platform.paging.Page;
import org.springframework.stereotype.Service;

import java.util.EnumSet;

/**
 * What waits for the unit's moderators: the submitted ideas, oldest first, and how many ideas the unit has in the
 * states moderators work on. That the reader is a moderator of the unit is the caller's to check.
 */
@Service
public class ModerationQueue {

    private final Ideas ideas;

    ModerationQueue(Ideas ideas) {
        this.ideas = ideas;
    }

    public Queue read(int page, int size) {
        return new Queue(ideas.listOldestFirst(EnumSet.of(IdeaStatus.SUBMITTED), page, size),
                ideas.count(IdeaStatus.SUBMITTED), ideas.count(IdeaStatus.PUBLISHED),
                ideas.count(IdeaStatus.SHORTLISTED));
    }

    /** One page of the waiting ideas and the unit's counts of submitted, published and shortlisted ideas. */
    public record Queue(Page<Idea> waiting, long submitted, long published, long shortlisted) {
    }
}
