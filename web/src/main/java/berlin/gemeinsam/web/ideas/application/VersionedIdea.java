package berlin.gemeinsam.web.ideas.application;

/**
 * An idea with the entity tag of the version that was read ({@code "3"}), so that a change sent with it as
 * {@code If-Match} is meant for that version only.
 */
public record VersionedIdea(Idea idea, String version) {
}
