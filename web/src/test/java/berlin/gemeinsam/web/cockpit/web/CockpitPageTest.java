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

import berlin.gemeinsam.web.cockpit.application.HelixBalance;
import berlin.gemeinsam.web.cockpit.application.HelixReport;
import berlin.gemeinsam.web.cockpit.application.HelixReport.GroupShare;
import berlin.gemeinsam.web.cockpit.application.IdeaCounts;
import berlin.gemeinsam.web.cockpit.application.IdeaStatistics;
import berlin.gemeinsam.web.cockpit.application.IdeaStatistics.UnitIdeas;
import berlin.gemeinsam.web.cockpit.application.Portfolio;
import berlin.gemeinsam.web.cockpit.application.PortfolioSummary;
import berlin.gemeinsam.web.cockpit.application.PortfolioSummary.Budget;
import berlin.gemeinsam.web.cockpit.application.PortfolioSummary.Flagged;
import berlin.gemeinsam.web.cockpit.application.PortfolioSummary.MeasureBrief;
import berlin.gemeinsam.web.cockpit.application.PortfolioSummary.OverdueMilestone;
import berlin.gemeinsam.web.cockpit.application.PortfolioSummary.OverdueMilestones;
import berlin.gemeinsam.web.cockpit.application.StreamHealth;
import berlin.gemeinsam.web.cockpit.application.StreamHealthReport;
import berlin.gemeinsam.web.cockpit.application.StreamHealthReport.ConsumerLag;
import berlin.gemeinsam.web.cockpit.application.StreamHealthReport.DeadLetters;
import berlin.gemeinsam.web.cockpit.application.StreamHealthReport.UnitStreams;
import berlin.gemeinsam.web.services.application.ServiceProblem;

/**
 * How the central web site renders the cockpit from its four sources (here stand-ins; the browser journey of
 * system-tests reads the real central instances): every part in German and English, a source that does not answer or
 * refuses said so in its part while the others show, and the page only for the central office.
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

    @MockitoBean
    IdeaCounts ideas;

    @MockitoBean
    HelixBalance helix;

    @MockitoBean
    StreamHealth streams;

    MockMvc site;

    @BeforeEach
    void site() {
        site = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        when(portfolio.summary()).thenReturn(new PortfolioSummary(LocalDate.of(2026, 12, 1), 3,
                Map.of("PLANNED", 2L, "IN_IMPLEMENTATION", 1L), Map.of("mitte", 2L, "pankow", 1L),
                new Flagged(1, List.of(new MeasureBrief("m1", "mitte", "Schattenplätze", "IN_IMPLEMENTATION",
                        "AT_RISK", 20))),
                new Flagged(0, List.of()),
                new OverdueMilestones(1, List.of(new OverdueMilestone("m1", "mitte", "Schattenplätze",
                        "Bäume bestellt", LocalDate.of(2026, 11, 1)))),
                Map.of("mitte", new Budget(new BigDecimal("125000.00"), new BigDecimal("4000.50")))));
        when(ideas.perUnitAndCategory()).thenReturn(new IdeaStatistics(5, List.of("MOBILITY"), List.of(
                new UnitIdeas("mitte", 3, Map.of("MOBILITY", 2L)), new UnitIdeas("pankow", 2, Map.of()))));
        when(helix.acrossAllUnits()).thenReturn(new HelixReport(12, 2, BigDecimal.TEN, List.of(
                new GroupShare("STATE", 0, new BigDecimal("0.0")),
                new GroupShare("BUSINESS", 1, new BigDecimal("10.0")),
                new GroupShare("SCIENCE", 0, new BigDecimal("0.0")),
                new GroupShare("CIVIL_SOCIETY", 6, new BigDecimal("60.0")),
                new GroupShare("PUBLIC", 3, new BigDecimal("30.0"))),
                List.of("STATE", "SCIENCE"), List.of()));
        when(streams.now()).thenReturn(new StreamHealthReport(
                List.of(new UnitStreams("mitte", true, 3, 40), new UnitStreams("spandau", false, 0, 2)),
                List.of(new ConsumerLag("mitte.notification-service", "mitte", "STABLE", 1, 7, 12.5)),
                List.of(new DeadLetters("gemeinsam.mitte.ideas-service.dlq", "mitte", "ideas-service", 2))));
    }

    @Test
    void theCentralOfficeSeesThePortfolioTheIdeasTheHelixBalanceAndTheStreams() throws Exception {
        String html = cockpit("");

        assertThat(html).contains("<html lang=\"de\">").contains("Cockpit der zentralen Steuerung")
                .contains("<dd id=\"cockpit-total\">3</dd>").contains("<dd id=\"cockpit-at-risk\">1</dd>")
                .contains("<dd id=\"cockpit-overdue\">1</dd>")
                .contains("Schattenplätze (mitte): Gefährdet, 20 % Fortschritt")
                .contains("Bäume bestellt – Schattenplätze (mitte), fällig am 2026-11-01")
                .contains("125.000,00 €").contains("4.000,50 €").contains("In Umsetzung")
                // ideas: a row per unit, a column per field of action, and those without one
                .contains("<th scope=\"col\">Mobilität</th>")
                .containsPattern("<th scope=\"row\">mitte</th>\\s*<td>2</td>\\s*<td>1</td>\\s*<td>3</td>")
                .containsPattern("<th scope=\"row\">pankow</th>\\s*<td>0</td>\\s*<td>2</td>\\s*<td>2</td>")
                // helix: shares with the decimal comma, the missing groups named, bars with a name
                .containsPattern("Zivilgesellschaft</th>\\s*<td>6</td>\\s*<td>60,0 %</td>\\s*<td>vertreten</td>")
                .containsPattern("Wissenschaft</th>\\s*<td>0</td>\\s*<td>0,0 %</td>\\s*<td>fehlt</td>")
                .contains("Es fehlen: Staat (Verwaltung und Politik), Wissenschaft.")
                .contains("<title id=\"helix-bars-title\">Anteile der Helix-Gruppen als Balken</title>")
                .contains("width=\"180.0\"")
                // streams: live units, lag, dead letters with their link to the monitor
                .contains("<dd id=\"streams-live\">1 von 2</dd>").contains("<dd id=\"streams-lag-records\">7</dd>")
                .contains("<dd id=\"streams-lag-seconds\">12,5 s</dd>")
                .contains("<dd id=\"streams-dead-letters\">2</dd>")
                .contains("href=\"http://127.0.0.1:8090/api/v1/dead-letters/gemeinsam.mitte.ideas-service.dlq\"")
                .doesNotContain("class=\"error-message\"");
    }

    @Test
    void aSourceThatDoesNotAnswerOrRefusesIsSaidSoWhileTheOtherPartsShowInEnglishToo() throws Exception {
        when(streams.now()).thenThrow(new ServiceProblem(503, "http://127.0.0.1:8090 does not answer", null,
                List.of()));
        when(helix.acrossAllUnits()).thenThrow(new ServiceProblem(403, "Forbidden", null, List.of()));

        String german = cockpit("");
        assertThat(german).contains("Der Stream-Monitor antwortet gerade nicht; dieser Teil fehlt")
                .contains("Der zentrale Beteiligungsdienst hat die Anfrage abgelehnt (403: Forbidden)")
                .contains("<dd id=\"cockpit-total\">3</dd>").contains("id=\"ideas-by-unit\"")
                .doesNotContain("id=\"helix-balance\"").doesNotContain("id=\"streams-live\"");

        String english = cockpit("?lang=en");
        assertThat(english).contains("<html lang=\"en\">")
                .contains("The stream-monitor does not answer right now; this part is missing")
                .contains("Ideas by unit and field of action").contains("<th scope=\"col\">Mobility</th>")
                .contains("Portfolio of measures")
                .contains("The portfolio of every unit&#39;s measures, as of 2026-12-01.");
    }

    @Test
    void aUnitAdminMayNotSeeTheCockpit() throws Exception {
        assertThat(site.perform(get("/cockpit").with(as("UNIT_ADMIN", "mitte"))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
    }

    private String cockpit(String query) throws Exception {
        MvcResult page = site.perform(get("/cockpit" + query).with(as("CENTRAL_OFFICE", "central"))).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        return page.getResponse().getContentAsString();
    }

    private static RequestPostProcessor as(String role, String unit) {
        return oidcLogin().idToken(token -> token.claim("roles", List.of(role)).claim("unit", unit))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }
}
