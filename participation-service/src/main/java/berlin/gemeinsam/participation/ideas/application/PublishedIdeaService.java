package berlin.gemeinsam.participation.ideas.application;

import berlin.gemeinsam.events.ideas.IdeaPublished;
import berlin.gemeinsam.participation.ideas.domain.PublishedIdea;
import org.springframework.stereotype.Service;

/** Learns of the ideas published in any unit: participants support ideas wherever they come from. */
@Service
public class PublishedIdeaService {

    private final PublishedIdeas ideas;

    PublishedIdeaService(PublishedIdeas ideas) {
        this.ideas = ideas;
    }

    public void published(IdeaPublished published) {
        ideas.record(PublishedIdea.of(published));
    }
}
