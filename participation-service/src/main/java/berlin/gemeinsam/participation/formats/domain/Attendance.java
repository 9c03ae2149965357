package berlin.gemeinsam.participation.formats.domain;

/** Whether a registered participant came, as the unit recorded it after the format started. */
public enum Attendance {
    ATTENDED,
    NO_SHOW
}
