package berlin.gemeinsam.platform.security;

/** What a caller may do, as the {@code roles} claim of the token says. */
public enum Role {
    /** A Berliner acting as themselves, under a pseudonymous participant id (the token's subject). */
    CITIZEN,
    /** Moderates ideas of the one unit the token names. */
    MODERATOR,
    /** Runs the measures and the instances of the one unit the token names. */
    UNIT_ADMIN,
    /** The central office: reads every unit's data, changes none of a district's. */
    CENTRAL_OFFICE
}
