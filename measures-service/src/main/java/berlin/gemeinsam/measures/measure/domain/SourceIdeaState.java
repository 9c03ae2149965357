package berlin.gemeinsam.measures.measure.domain;

/**
 * What the idea a measure was proposed from answered: the idea's unit adopts it or declines it (another measure
 * took the idea first), and until its answer arrives the measure waits for it.
 */
public enum SourceIdeaState {
    PENDING,
    ADOPTED,
    DECLINED
}
