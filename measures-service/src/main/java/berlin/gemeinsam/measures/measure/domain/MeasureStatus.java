package berlin.gemeinsam.measures.measure.domain;

/** Where a measure stands. So far a measure can only be proposed; later states come with the changes that reach them. */
public enum MeasureStatus {
    PROPOSED
}
