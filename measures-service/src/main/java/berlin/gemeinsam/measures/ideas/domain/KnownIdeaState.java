package berlin.gemeinsam.measures.ideas.domain;

/** The states of an idea that its unit's stream tells other units: published, then adopted by one measure. */
public enum KnownIdeaState {
    PUBLISHED,
    ADOPTED
}
