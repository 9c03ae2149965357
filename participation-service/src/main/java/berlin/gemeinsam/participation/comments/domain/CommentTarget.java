package berlin.gemeinsam.participation.comments.domain;

/** What a thread of comments is about. */
public enum CommentTarget {
    /** A published idea of any unit. */
    IDEA,
    /** A measure of any unit. */
    MEASURE
}
