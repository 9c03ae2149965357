package berlin.gemeinsam.web.ideas.application;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;

/** The moderators' work on the unit's ideas; ideas-service checks that the caller moderates this unit. */
@Service
public class Moderation {

    /** What ideas-service lets an idea be merged into (among those the search finds). */
    private static final Set<String> SURVIVING_STATES = Set.of("PUBLISHED", "SHORTLISTED", "ADOPTED");

    private final Ideas ideas;

    Moderation(Ideas ideas) {
        this.ideas = ideas;
    }

    public List<Idea> queue() {
        return ideas.moderationQueue();
    }

    public void publish(String id, String version) {
        ideas.publish(id, version);
    }

    /** The idea as read now, and the ideas it may be merged into: those of the unit the public sees, but itself. */
    public Decision decision(String id) {
        VersionedIdea read = ideas.getForChange(id);
        SearchQuery ofTheUnit = new SearchQuery(null, null, null, null, read.idea().unit(), null, null, null,
                "newest", null, 100);
        List<IdeaCard> survivors = ideas.search(ofTheUnit).items().stream()
                .filter(card -> !card.id().equals(id) && SURVIVING_STATES.contains(card.status()))
                .toList();
        return new Decision(read, survivors);
    }

    public void reject(String id, String version, String reason) {
        ideas.reject(id, version, reason);
    }

    public void shortlist(String id, String version) {
        ideas.shortlist(id, version);
    }

    public void archive(String id, String version, String reason) {
        ideas.archive(id, version, reason);
    }

    public void merge(String id, String version, String into) {
        ideas.merge(id, version, into);
    }
}
