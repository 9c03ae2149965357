package berlin.gemeinsam.web.cockpit.application;

/** participation-service of the unit {@code central}, whose report across all units shows the helix balance. */
public interface HelixBalance {

    HelixReport acrossAllUnits();
}
