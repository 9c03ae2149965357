package berlin.gemeinsam.web.ideas.application;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import berlin.gemeinsam.web.measures.application.Measures;
import berlin.gemeinsam.web.services.application.ServiceProblem;
import berlin.gemeinsam.web.services.application.Viewer;

/**
 * What the citizens' pages read and do, each through the service that owns it: ideas from ideas-service, supports
 * and comments from participation-service, follows from notification-service, the measure an idea became from
 * measures-service.
 */
@Service
public class IdeaPages {

    private static final Logger log = LoggerFactory.getLogger(IdeaPages.class);
    private static final int HOME_LIST = 5;

    private final Ideas ideas;
    private final Participation participation;
    private final Follows follows;
    private final Measures measures;

    IdeaPages(Ideas ideas, Participation participation, Follows follows, Measures measures) {
        this.ideas = ideas;
        this.participation = participation;
        this.follows = follows;
        this.measures = measures;
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
     * An idea with its history, its supports, a page of its comments from {@code commentsCursor} on (null: the
     * first), whether the viewer follows it, and the measure it became. participation-service knows an idea only once
     * it read its publication: until then it has no supports and no comments. A measures-service that does not tell
     * about the measure leaves the page without its progress, not without the idea.
     */
    public IdeaPage page(String id, Optional<Viewer> viewer, String commentsCursor) {
        Idea idea = ideas.get(id);
        List<HistoryEntry> history = ideas.history(id);
        SupportSummary supports = SupportSummary.NONE;
        CommentPage comments = CommentPage.NONE;
        if (!idea.waitingForModeration()) {
            supports = orIfUnknown(() -> participation.supportsOf(id), SupportSummary.NONE);
            comments = orIfUnknown(() -> participation.commentsOn(id, commentsCursor), CommentPage.NONE);
        }
        boolean following = viewer.map(person -> follows.follows(person.subject(), id)).orElse(false);
        MeasureProgress measure = idea.measureId() == null ? null : progressOf(idea.measureId());
        return new IdeaPage(idea, history, supports, comments, following, measure);
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

    /** Comments on the idea as the signed-in person; participation-service refuses markup and overlong text (400). */
    public void comment(String ideaId, String text) {
        participation.comment(ideaId, text);
    }

    /** Hides a comment for a reason, as a moderator of the unit; it stays in its place, marked hidden. */
    public void hide(String commentId, String reason) {
        participation.hide(commentId, reason);
    }

    private MeasureProgress progressOf(String measureId) {
        try {
            return MeasureProgress.of(measures.get(measureId).measure());
        } catch (ServiceProblem problem) {
            log.info("measure {} of an idea not shown: measures-service answered {}", measureId, problem.getMessage());
            return MeasureProgress.unavailable(measureId);
        }
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

    /** {@code measure} is null while the idea became no measure. */
    public record IdeaPage(Idea idea, List<HistoryEntry> history, SupportSummary supports, CommentPage comments,
                           boolean following, MeasureProgress measure) {
    }
}
