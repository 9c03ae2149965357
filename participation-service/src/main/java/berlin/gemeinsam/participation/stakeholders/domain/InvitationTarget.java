package berlin.gemeinsam.participation.stakeholders.domain;

/** What an invitation code invites to. */
public enum InvitationTarget {
    /** A published idea known here: support it or comment on it. */
    IDEA,
    /** A dialog format of the unit: register for it. */
    FORMAT
}
