package berlin.gemeinsam.participation.formats.domain;

/** Where a registration lands: on a seat, or on the waiting list when every seat is taken. */
public enum Placement {
    SEAT,
    WAITING_LIST
}
