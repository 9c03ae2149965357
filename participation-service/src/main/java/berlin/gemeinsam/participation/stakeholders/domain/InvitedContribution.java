package berlin.gemeinsam.participation.stakeholders.domain;

/** The kinds of contribution that can arrive through an invitation code. */
public enum InvitedContribution {
    /** A support of an idea. */
    SUPPORT,
    /** A comment on an idea. */
    COMMENT,
    /** A registration for a dialog format. */
    REGISTRATION
}
