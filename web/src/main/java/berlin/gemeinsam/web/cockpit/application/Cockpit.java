package berlin.gemeinsam.web.cockpit.application;

import java.util.function.Supplier;

import org.springframework.stereotype.Service;

import berlin.gemeinsam.web.services.application.ServiceProblem;

/**
 * What the central office's cockpit shows, each part from its own source: the portfolio (central measures-service),
 * the ideas per unit and field of action (central ideas-service), the helix balance (central participation-service)
 * and the streams' health (the stream-monitor). A source that refuses or does not answer leaves its part empty with
 * its problem; the others are shown all the same.
 */
@Service
public class Cockpit {

    private final Portfolio portfolio;
    private final IdeaCounts ideas;
    private final HelixBalance helix;
    private final StreamHealth streams;

    public Cockpit(Portfolio portfolio, IdeaCounts ideas, HelixBalance helix, StreamHealth streams) {
        this.portfolio = portfolio;
        this.ideas = ideas;
        this.helix = helix;
        this.streams = streams;
    }

    public Overview overview() {
        return new Overview(Part.of(portfolio::summary), Part.of(ideas::perUnitAndCategory),
                Part.of(helix::acrossAllUnits), Part.of(streams::now));
    }

    public record Overview(Part<PortfolioSummary> portfolio, Part<IdeaStatistics> ideas, Part<HelixReport> helix,
                           Part<StreamHealthReport> streams) {
    }

    /** A part of the cockpit: what its source answered, or why it did not. */
    public record Part<T>(T value, ServiceProblem problem) {

        static <T> Part<T> of(Supplier<T> source) {
            try {
                return new Part<>(source.get(), null);
            } catch (ServiceProblem problem) {
                return new Part<>(null, problem);
            }
        }

        public boolean available() {
            return problem == null;
        }
    }
}
