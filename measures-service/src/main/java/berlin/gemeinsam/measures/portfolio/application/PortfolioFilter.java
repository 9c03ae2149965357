package berlin.gemeinsam.measures.portfolio.application;

import java.util.Optional;

/** Which measures of the portfolio a list shows; an empty part lets every measure through. */
public record PortfolioFilter(Optional<String> unit, Optional<String> status, Optional<String> health,
                              Optional<String> type) {
}
