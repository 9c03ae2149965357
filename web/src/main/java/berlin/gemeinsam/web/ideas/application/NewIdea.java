package berlin.gemeinsam.web.ideas.application;

/** What a citizen submits: the problem first, then the proposal; {@code category} by name, or null. */
public record NewIdea(String title, String problem, String proposal, String category, String language) {
}
