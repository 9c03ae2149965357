package berlin.gemeinsam.web.ideas.application;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.stereotype.Service;

import berlin.gemeinsam.web.services.application.ServiceProblem;
import berlin.gemeinsam.web.services.application.Viewer;

/**
 * What the citizens' pages read and do, each through the service that owns it: ideas from ideas-service, supports
 * and comments from participation-service, follows from notification-service.
 */
@Service
public class IdeaPages {

    private static final int HOME_LIST = 5;

    private final Ideas ideas;
    private final Participation participation;
    private final Follows follows;

    IdeaPages(Ideas ideas, Participation participation, Follows follows) {
        this.ideas = ideas;
        this.participation = participation;
        this.follows = follows;
    }

    /** The unit's newest and its most supported ideas that the reader may see. */
    public Home home() {
        return new Home(ideas.search(SearchQuery.sortedBy("newest", HOME_LIST)).items(),
                ideas.search(SearchQuery.sortedBy("supported", HOME_LIST)).items());
    }

    public SearchResults search(SearchQuery query) {
        return ideas.search(query);
    }

    /**
     * An idea with its history, its supports and comments, and whether the viewer follows it. participation-service
     * knows an idea only once it read its publication: until then it has no supports and no comments.
     */
    public IdeaPage page(String id, Optional<Viewer> viewer) {
        Idea idea = ideas.get(id);
        List<HistoryEntry> history = ideas.history(id);
        SupportSummary supports = SupportSummary.NONE;
        List<Comment> comments = List.of();
        if (!idea.waitingForModeration()) {
            supports = orIfUnknown(() -> participation.supportsOf(id), SupportSummary.NONE);
            comments = orIfUnknown(() -> participation.commentsOn(id), List.of());
        }
        boolean following = viewer.map(person -> follows.follows(person.subject(), id)).orElse(false);
        return new IdeaPage(idea, history, supports, comments, following);
    }

    /** Submits an idea as the signed-in citizen; answers its id. */
    public String submit(NewIdea idea, Viewer author) {
        return ideas.submit(idea, author.subject());
    }

    public void support(String ideaId, Viewer supporter, String helixGroup) {
        participation.support(ideaId, supporter.subject(), helixGroup);
    }

    public void follow(String ideaId, Viewer follower, String language) {
        follows.follow(follower.subject(), ideaId, language);
    }

    private static <T> T orIfUnknown(Supplier<T> read, T unknown) {
        try {
            return read.get();
        } catch (ServiceProblem problem) {
            if (problem.notFound()) {
                return unknown;
            }
            throw problem;
        }
    }

    public record Home(List<IdeaCard> newest, List<IdeaCard> mostSupported) {
    }

    public record IdeaPage(Idea idea, List<HistoryEntry> history, SupportSummary supports, List<Comment> comments,
                           boolean following) {
    }
}
