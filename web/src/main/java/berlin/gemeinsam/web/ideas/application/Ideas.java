package berlin.gemeinsam.web.ideas.application;

import java.util.List;

/** ideas-service, as the signed-in person (or anybody) may use it. */
public interface Ideas {

    SearchResults search(SearchQuery query);

    Idea get(String id);

    List<HistoryEntry> history(String id);

    /** Submits the idea as the author {@code authorId}; answers its id. */
    String submit(NewIdea idea, String authorId);

    /** The ideas waiting for the unit's moderators, oldest first. */
    List<Idea> moderationQueue();

    void publish(String id);
}
