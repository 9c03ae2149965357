package berlin.gemeinsam.ideas.idea.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Where an idea stands. Only published ideas are public; an adopted idea has become a measure. */
public enum IdeaStatus {
    SUBMITTED(List.of("publish")),
    PUBLISHED(List.of("adopt")),
    ADOPTED(List.of());

    /** What everybody may read. */
    public static final Set<IdeaStatus> PUBLIC = Collections.unmodifiableSet(EnumSet.of(PUBLISHED, ADOPTED));

    private final List<String> allowedChanges;

    IdeaStatus(List<String> allowedChanges) {
        this.allowedChanges = allowedChanges;
    }

    public List<String> allowedChanges() {
        return allowedChanges;
    }
}
