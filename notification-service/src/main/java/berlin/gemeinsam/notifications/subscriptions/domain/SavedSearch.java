package berlin.gemeinsam.notifications.subscriptions.domain;

/**
 * A saved search as the fan-out needs it: who is told how ({@code follower}, whose target is the search), and what
 * they look for.
 */
public record SavedSearch(Follower follower, SearchProfile profile) {

    public boolean matches(Publication publication) {
        return profile.matches(publication);
    }
}
