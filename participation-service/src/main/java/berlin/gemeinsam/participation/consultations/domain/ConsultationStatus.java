package berlin.gemeinsam.participation.consultations.domain;

/** Whether a measure's consultation takes feedback. */
public enum ConsultationStatus {
    OPEN,
    CLOSED
}
