package berlin.gemeinsam.participation.ideas.application;

import berlin.gemeinsam.events.ideas.IdeaMerged;
import berlin.gemeinsam.events.ideas.IdeaPublished;
import berlin.gemeinsam.participation.ideas.domain.PublishedIdea;
import org.springframework.stereotype.Service;

import java.util.List;

/** Learns of the ideas published in any unit: participants support ideas wherever they come from. */
@Service
public class PublishedIdeaService {

    private final PublishedIdeas ideas;

    PublishedIdeaService(PublishedIdeas ideas) {
        this.ideas = ideas;
    }

    /** Publications in the order they happened: recorded at once, the later of two of one idea wins. */
    public void published(List<IdeaPublished> publications) {
        ideas.recordAll(publications.stream().map(PublishedIdea::of).toList());
    }

    /** A merged idea is supported no more: its supports go to the idea it was merged into. */
    public void merged(IdeaMerged merged) {
        ideas.merged(merged.ideaId(), merged.survivingIdeaId());
    }
}
