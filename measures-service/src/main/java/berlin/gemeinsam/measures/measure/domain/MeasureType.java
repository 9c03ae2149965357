package berlin.gemeinsam.measures.measure.domain;

/** Who runs a measure: the central office, one district or department, or a network of units. */
public enum MeasureType {
    /** zentrale Maßnahme */
    CENTRAL,
    /** dezentrale Maßnahme */
    DECENTRAL,
    /** Netzwerkmaßnahme */
    NETWORK
}
