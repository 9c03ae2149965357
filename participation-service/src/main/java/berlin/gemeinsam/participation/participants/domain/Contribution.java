package berlin.gemeinsam.participation.participants.domain;

/** The kinds of contribution the participation reports count. */
public enum Contribution {
    SUPPORT,
    COMMENT,
    ATTENDANCE,
    FEEDBACK
}
