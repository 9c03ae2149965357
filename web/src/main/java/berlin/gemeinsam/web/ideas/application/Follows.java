package berlin.gemeinsam.web.ideas.application;

/** notification-service: who follows which idea. */
public interface Follows {

    void follow(String subscriberId, String ideaId, String language);

    boolean follows(String subscriberId, String ideaId);
}
