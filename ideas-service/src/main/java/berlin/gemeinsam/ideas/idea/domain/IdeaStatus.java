package berlin.gemeinsam.ideas.idea.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Where an idea stands. A submitted idea is published or rejected by a moderator, or withdrawn by its author; a
 * published one may be shortlisted, archived, withdrawn or adopted as a measure; a shortlisted one adopted or
 * archived. Any of these open ones may be merged into another idea as its duplicate. Rejected, withdrawn, archived,
 * merged and adopted ideas change no more.
 */
public enum IdeaStatus {
    SUBMITTED(List.of("publish", "reject", "withdraw", "edit", "merge")),
    PUBLISHED(List.of("adopt", "shortlist", "archive", "withdraw", "edit", "merge")),
    SHORTLISTED(List.of("adopt", "archive", "edit", "merge")),
    ADOPTED(List.of()),
    REJECTED(List.of()),
    WITHDRAWN(List.of()),
    ARCHIVED(List.of()),
    /** A duplicate of another idea, which took over its supports and followers. */
    MERGED(List.of());

    /** What everybody may read. */
    public static final Set<IdeaStatus> PUBLIC =
            Collections.unmodifiableSet(EnumSet.of(PUBLISHED, SHORTLISTED, ADOPTED, ARCHIVED));

    private final List<String> allowedChanges;

    IdeaStatus(List<String> allowedChanges) {
        this.allowedChanges = allowedChanges;
    }

    public List<String> allowedChanges() {
        return allowedChanges;
    }

    /** Whether {@code change} (one of the names in {@link #allowedChanges()}) may be made in this status. */
    public boolean allows(String change) {
        return allowedChanges.contains(change);
    }
}
