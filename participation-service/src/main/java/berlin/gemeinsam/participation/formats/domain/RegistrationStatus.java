package berlin.gemeinsam.participation.formats.domain;

/** A registration holds a seat, waits for one, or was cancelled by its participant. */
public enum RegistrationStatus {
    REGISTERED,
    WAITLISTED,
    CANCELLED
}
