package berlin.gemeinsam.measures.measure.domain;

import java.util.List;

/**
 * Where a measure stands, and the changes each state allows. A measure on hold goes back to the state it was held
 * in ({@code resume}); completed and discontinued measures are closed.
 */
public enum MeasureStatus {
    PROPOSED(List.of("plan")),
    PLANNED(List.of("start-implementation", "hold", "discontinue")),
    IN_IMPLEMENTATION(List.of("start-pilot", "complete", "hold", "discontinue")),
    /** Erprobung: an optional trial before completion. */
    PILOT(List.of("complete", "hold", "discontinue")),
    ON_HOLD(List.of("resume")),
    COMPLETED(List.of()),
    DISCONTINUED(List.of());

    private final List<String> changes;

    MeasureStatus(List<String> changes) {
        this.changes = changes;
    }

    public List<String> allowedChanges() {
        return changes;
    }

    public boolean allows(String change) {
        return changes.contains(change);
    }

    public boolean isClosed() {
        return this == COMPLETED || this == DISCONTINUED;
    }
}
