package berlin.gemeinsam.participation.consultations.domain;

import berlin.gemeinsam.platform.errors.StateConflictException;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The consultation phase of a measure in this unit: while it is open, participants give their feedback on the
 * measure. Its id is the measure's, so a measure has one consultation here, which a unit admin may open again
 * after closing it.
 */
public class Consultation {

    private final String id;
    private final String unit;
    private ConsultationStatus status;
    private Instant openedAt;
    private Instant closedAt;
    private final long version;

    Consultation(String id, String unit, ConsultationStatus status, Instant openedAt, Instant closedAt,
                 long version) {
        this.id = id;
        this.unit = unit;
        this.status = status;
        this.openedAt = openedAt;
        this.closedAt = closedAt;
        this.version = version;
    }

    public static Consultation open(String unit, String measureId, Instant now) {
        Objects.requireNonNull(measureId, "a consultation is about a measure");
        return new Consultation(measureId, unit, ConsultationStatus.OPEN, now, null, 0);
    }

    /** Opens the closed consultation again; the feedback given before stays and may be changed. */
    public void reopen(Instant now) {
        if (status == ConsultationStatus.OPEN) {
            throw new StateConflictException("consultation", status.name(), "open", List.of("close"));
        }
        status = ConsultationStatus.OPEN;
        openedAt = now;
        closedAt = null;
    }

    public void close(Instant now) {
        if (status == ConsultationStatus.CLOSED) {
            throw new StateConflictException("consultation", status.name(), "close", List.of("open"));
        }
        status = ConsultationStatus.CLOSED;
        closedAt = now;
    }

    /** Feedback is given and changed only while the consultation is open. */
    public void requireOpen() {
        if (status != ConsultationStatus.OPEN) {
            throw new StateConflictException("consultation", status.name(), "give feedback", List.of());
        }
    }

    public String getId() {
        return id;
    }

    public String getMeasureId() {
        return id;
    }

    public String getUnit() {
        return unit;
    }

    public ConsultationStatus getStatus() {
        return status;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public long getVersion() {
        return version;
    }
}
