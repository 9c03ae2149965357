package berlin.gemeinsam.participation.consultations.domain;

/** How a participant stands to a measure under consultation. */
public enum FeedbackAnswer {
    AGREE,
    PARTLY,
    DISAGREE
}
