package berlin.gemeinsam.web.ideas.application;

/** participation-service: supports by helix group and comments. */
public interface Participation {

    SupportSummary supportsOf(String ideaId);

    /** A page of the comments on the idea, from {@code cursor} on (null: the first page). */
    CommentPage commentsOn(String ideaId, String cursor);

    /** Supports the idea as {@code participantId}, who then follows it too (the service's default). */
    void support(String ideaId, String participantId, String helixGroup);

    /** Comments on the idea as the signed-in person, whom the service knows by their token. */
    void comment(String ideaId, String text);

    /** Hides the comment for a reason; only a moderator of the unit may. */
    void hide(String commentId, String reason);
}
