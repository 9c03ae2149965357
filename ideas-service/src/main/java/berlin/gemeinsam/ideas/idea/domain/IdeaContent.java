package berlin.gemeinsam.ideas.idea.domain;

import berlin.gemeinsam.events.Category;
import berlin.gemeinsam.events.GuidingPrinciple;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What an idea says: its title, the problem (required), the proposed solution, its field of action, the guiding
 * principles it serves, where it is about and its language. Category, location and proposal are optional.
 */
public record IdeaContent(String title, String problem, String proposal, Category category,
                          Set<GuidingPrinciple> principles, Location location, Language language) {

    public IdeaContent {
        Objects.requireNonNull(problem, "an idea needs its problem");
        principles = inOrder(principles);
        language = language == null ? Language.DE : language;
    }

    /** The principles in their declared order, so that the same principles always read the same. */
    static Set<GuidingPrinciple> inOrder(Set<GuidingPrinciple> principles) {
        EnumSet<GuidingPrinciple> ordered = EnumSet.noneOf(GuidingPrinciple.class);
        if (principles != null) {
            ordered.addAll(principles);
        }
        return Collections.unmodifiableSet(ordered);
    }
}
