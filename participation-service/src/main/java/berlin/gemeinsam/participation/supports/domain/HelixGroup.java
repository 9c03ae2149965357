package berlin.gemeinsam.participation.supports.domain;

/**
 * The stakeholder groups of the Fünffach-Helix. The strategy wants all five to take part, so supports are
 * counted per group and a report shows which groups an idea reaches and which it misses.
 */
public enum HelixGroup {
    /** Staat: administration and politics. */
    STATE,
    /** Wirtschaft. */
    BUSINESS,
    /** Wissenschaft. */
    SCIENCE,
    /** Zivilgesellschaft: associations, initiatives, volunteers. */
    CIVIL_SOCIETY,
    /** Stille Gruppen und alle Berliner:innen, who are part of no organised group. */
    PUBLIC
}
