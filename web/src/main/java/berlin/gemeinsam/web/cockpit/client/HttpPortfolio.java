package berlin.gemeinsam.web.cockpit.client;

import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import berlin.gemeinsam.web.cockpit.application.Portfolio;
import berlin.gemeinsam.web.cockpit.application.PortfolioSummary;
import berlin.gemeinsam.web.services.client.ServiceClients;

/** Central measures-service's API ({@code /api/v1/portfolio}). */
@Component
class HttpPortfolio implements Portfolio {

    private final RestClient measures;

    HttpPortfolio(ServiceClients clients) {
        this.measures = clients.measures();
    }

    @Override
    public PortfolioSummary summary() {
        return measures.get().uri("/api/v1/portfolio").retrieve().body(PortfolioSummary.class);
    }
}
