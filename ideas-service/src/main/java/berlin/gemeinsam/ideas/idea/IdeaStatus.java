package berlin.gemeinsam.ideas.idea;

import java.util.List;

/** Where an idea stands. Only published ideas are public; an adopted idea has become a measure. */
public enum IdeaStatus {
    SUBMITTED(List.of("publish")),
    PUBLISHED(List.of("adopt")),
    ADOPTED(List.of());

    private final List<String> allowedChanges;

    IdeaStatus(List<String> allowedChanges) {
        this.allowedChanges = allowedChanges;
    }

    public List<String> allowedChanges() {
        return allowedChanges;
    }
}
