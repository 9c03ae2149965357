package berlin.gemeinsam.web.ideas.application;

import java.util.List;

/** participation-service: supports by helix group and comments. */
public interface Participation {

    SupportSummary supportsOf(String ideaId);

    List<Comment> commentsOn(String ideaId);

    /** Supports the idea as {@code participantId}, who then follows it too (the service's default). */
    void support(String ideaId, String participantId, String helixGroup);
}
