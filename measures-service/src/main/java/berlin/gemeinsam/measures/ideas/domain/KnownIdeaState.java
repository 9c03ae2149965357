package berlin.gemeinsam.measures.ideas.domain;

/**
 * The states of an idea that its unit's stream tells other units: published, then adopted by one measure or merged
 * into another idea as its duplicate.
 */
public enum KnownIdeaState {
    PUBLISHED,
    ADOPTED,
    /** A duplicate: its unit declines every measure proposed from it, so none may take it up. */
    MERGED
}
