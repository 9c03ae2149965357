package berlin.gemeinsam.web.cockpit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import berlin.gemeinsam.web.cockpit.application.Portfolio;
import berlin.gemeinsam.web.cockpit.application.PortfolioSummary;
import berlin.gemeinsam.web.cockpit.application.PortfolioSummary.Budget;
import berlin.gemeinsam.web.cockpit.application.PortfolioSummary.Flagged;
import berlin.gemeinsam.web.cockpit.application.PortfolioSummary.MeasureBrief;
import berlin.gemeinsam.web.cockpit.application.PortfolioSummary.OverdueMilestone;
import berlin.gemeinsam.web.cockpit.application.PortfolioSummary.OverdueMilestones;

/**
 * The central office's cockpit as the central web site renders it from central measures-service's portfolio (here a
 * stand-in for it): counts, what is at risk and overdue, budget per unit; only for the central office.
 */
@SpringBootTest(properties = {
        "gemeinsam.unit=central",
        "gemeinsam.web.client-secret=test-secret",
        "gemeinsam.web.issuer-endpoints=http://issuer.gemeinsam.test"})
class CockpitPageTest {

    @Autowired
    WebApplicationContext context;

    @MockitoBean
    Portfolio portfolio;

    MockMvc site;

    @BeforeEach
    void site() {
        site = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    void theCentralOfficeSeesCountsWhatIsAtRiskOrOverdueAndTheBudgetPerUnit() throws Exception {
        when(portfolio.summary()).thenReturn(new PortfolioSummary(LocalDate.of(2026, 12, 1), 3,
                Map.of("PLANNED", 2L, "IN_IMPLEMENTATION", 1L), Map.of("mitte", 2L, "pankow", 1L),
                new Flagged(1, List.of(new MeasureBrief("m1", "mitte", "Schattenplätze", "IN_IMPLEMENTATION",
                        "AT_RISK", 20))),
                new Flagged(0, List.of()),
                new OverdueMilestones(1, List.of(new OverdueMilestone("m1", "mitte", "Schattenplätze",
                        "Bäume bestellt", LocalDate.of(2026, 11, 1)))),
                Map.of("mitte", new Budget(new BigDecimal("125000.00"), new BigDecimal("4000.50")))));

        MvcResult page = site.perform(get("/cockpit").with(as("CENTRAL_OFFICE", "central"))).andReturn();

        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        String html = page.getResponse().getContentAsString();
        assertThat(html).contains("<html lang=\"de\">").contains("Cockpit der zentralen Steuerung")
                .contains("<dd id=\"cockpit-total\">3</dd>").contains("<dd id=\"cockpit-at-risk\">1</dd>")
                .contains("<dd id=\"cockpit-overdue\">1</dd>")
                .contains("Schattenplätze (mitte): Gefährdet, 20 % Fortschritt")
                .contains("Bäume bestellt – Schattenplätze (mitte), fällig am 2026-11-01")
                .contains("125.000,00 €").contains("4.000,50 €").contains("In Umsetzung");
    }

    @Test
    void aUnitAdminMayNotSeeTheCockpit() throws Exception {
        assertThat(site.perform(get("/cockpit").with(as("UNIT_ADMIN", "mitte"))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
    }

    private static RequestPostProcessor as(String role, String unit) {
        return oidcLogin().idToken(token -> token.claim("roles", List.of(role)).claim("unit", unit))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }
}
