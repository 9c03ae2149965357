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

    /** Publishes the idea; {@code version} is the entity tag read, or null to publish whatever version it is at. */
    void publish(String id, String version);

    VersionedIdea getForChange(String id);

    void reject(String id, String version, String reason);

    void shortlist(String id, String version);

    void archive(String id, String version, String reason);

    /** Merges the duplicate {@code id} into the surviving idea {@code into}. */
    void merge(String id, String version, String into);
}
