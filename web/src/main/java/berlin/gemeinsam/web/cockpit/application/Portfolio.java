package berlin.gemeinsam.web.cockpit.application;

/** measures-service of the unit {@code central}, whose portfolio the central office reads. */
public interface Portfolio {

    PortfolioSummary summary();
}
