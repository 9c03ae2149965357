package berlin.gemeinsam.ideas.idea.application;

import berlin.gemeinsam.ideas.idea.domain.Idea;
import berlin.gemeinsam.ideas.idea.domain.IdeaStatus;
import berlin.gemeinsam.platform.security.Caller;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who may read which of the unit's ideas: published ideas everybody; a submitted one only its author, the unit's
 * staff and the central office.
 */
final class IdeaVisibility {

    private final String unit;

    IdeaVisibility(String unit) {
        this.unit = unit;
    }

    boolean mayRead(Idea idea, Optional<Caller> reader) {
        return idea.isPublic() || reader.filter(caller -> caller.mayReadInternalsOf(unit)
                || caller.isCitizen() && caller.subject().equals(idea.getAuthorId())).isPresent();
    }

    /** Staff of the unit and the central office list every idea; everybody else the public ones. */
    Set<IdeaStatus> listedFor(Optional<Caller> reader) {
        boolean staff = reader.filter(caller -> caller.mayReadInternalsOf(unit)).isPresent();
        return staff ? EnumSet.allOf(IdeaStatus.class) : IdeaStatus.PUBLIC;
    }
}
