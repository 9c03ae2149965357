package berlin.gemeinsam.web.measures.application;

/** What a completed or discontinued measure leaves to others. */
public record LessonsLearned(String whatWorked, String whatDidNotWork, String whatOthersShouldKnow) {
}
