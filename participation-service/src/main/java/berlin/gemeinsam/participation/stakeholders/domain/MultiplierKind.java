package berlin.gemeinsam.participation.stakeholders.domain;

/** Who carries participation into their community: an organisation of the list or a person. */
public enum MultiplierKind {
    ORGANISATION,
    PERSON
}
