package berlin.gemeinsam.web.ideas.application;

import java.util.List;

/**
 * What a moderator decides about one idea on: the idea as read, with its version, and the unit's other open or
 * adopted ideas it may be merged into.
 */
public record Decision(VersionedIdea read, List<IdeaCard> survivors) {

    public Idea idea() {
        return read.idea();
    }

    public String version() {
        return read.version();
    }
}
