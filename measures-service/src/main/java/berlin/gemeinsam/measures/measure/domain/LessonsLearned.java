package berlin.gemeinsam.measures.measure.domain;

import java.util.Objects;

/** What a closed measure leaves to others: what worked, what did not, and what others should know. */
public record LessonsLearned(String whatWorked, String whatDidNotWork, String whatOthersShouldKnow) {

    public LessonsLearned {
        requireText(whatWorked, "whatWorked");
        requireText(whatDidNotWork, "whatDidNotWork");
        requireText(whatOthersShouldKnow, "whatOthersShouldKnow");
    }

    private static void requireText(String text, String name) {
        if (Objects.requireNonNull(text, name).isBlank()) {
            throw new IllegalArgumentException("lessons learned need " + name);
        }
    }
}
