package berlin.gemeinsam.measures.measure.domain;

/** How a measure fares, derived from its milestones and indicators (see {@link Controlling}). */
public enum Health {
    ON_TRACK,
    AT_RISK,
    OFF_TRACK
}
