package berlin.gemeinsam.platform.units;

/** What kind of administration unit runs an instance. */
public enum UnitKind {
    /** One of Berlin's twelve district offices (Bezirksämter). */
    DISTRICT,
    /** A Senate department (Senatsverwaltung) or the Senate Chancellery. */
    SENATE_DEPARTMENT,
    /** The central office that steers and monitors (zentrale Steuerung). */
    CENTRAL
}
