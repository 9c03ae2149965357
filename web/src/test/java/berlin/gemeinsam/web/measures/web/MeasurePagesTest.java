package berlin.gemeinsam.web.measures.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import berlin.gemeinsam.web.UnitSiteTest;
import berlin.gemeinsam.web.measures.application.Closing;
import berlin.gemeinsam.web.measures.application.HealthOverride;
import berlin.gemeinsam.web.measures.application.Indicator;
import berlin.gemeinsam.web.measures.application.Mandate;
import berlin.gemeinsam.web.measures.application.Measure;
import berlin.gemeinsam.web.measures.application.Measures;
import berlin.gemeinsam.web.measures.application.NewMandate;
import berlin.gemeinsam.web.measures.application.NewReview;
import berlin.gemeinsam.web.measures.application.Review;
import berlin.gemeinsam.web.measures.application.VersionedMeasure;
import berlin.gemeinsam.web.services.application.ServiceProblem;
import berlin.gemeinsam.web.services.application.ServiceProblem.FieldProblem;

/**
 * The unit admin's pages of a measure's mandate, reviews and closing, rendered from a stand-in for measures-service:
 * what the service refuses stands beside the field it names (the form's own names for the service's nested ones),
 * every change goes with the version the page read, and a change refused as stale (412) says the measure changed.
 */
@UnitSiteTest
class MeasurePagesTest {

    private static final String VERSION = "\"3\"";

    @Autowired
    WebApplicationContext context;

    @Autowired
    Measures measures;

    MockMvc site;

    @BeforeEach
    void site() {
        site = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        when(measures.get("m1")).thenReturn(new VersionedMeasure(measure(), VERSION));
    }

    @Test
    void theReviewsPageShowsTheOverdueReviewTheRecordedOnesAndTheFormInGermanOrEnglish() throws Exception {
        when(measures.reviews("m1")).thenReturn(List.of(new Review(LocalDate.of(2026, 5, 4), "Lieferverzug",
                "Zweiter Lieferant", "Früher bestellen", List.of(new Review.TargetChange("i1", new BigDecimal("40"),
                new BigDecimal("30"), LocalDate.of(2027, 12, 31), LocalDate.of(2027, 12, 31))),
                new HealthOverride("AT_RISK", "Lieferant unsicher"), new Review.Reviewer("UNIT_ADMIN", "mitte"),
                Instant.parse("2026-05-04T10:00:00Z"))));

        String german = html(site.perform(get("/measures/m1/reviews").with(unitAdmin())).andReturn());

        assertThat(german).contains("Revisionen: Schattenplätze").contains("2026-06-01").contains("überfällig")
                .contains("Revision vom 2026-05-04").contains("Gepflanzte Bäume: Zielwert 30 statt 40, bis 2027-12-31")
                .contains("Ampel festgelegt: Gefährdet. Begründung: Lieferant unsicher")
                .contains("<label for=\"assessment\">Bewertung</label>")
                .contains("<option value=\"P3M\" selected=\"selected\">alle drei Monate</option>");
        String english = html(site.perform(get("/measures/m1/reviews").param("lang", "en").with(unitAdmin()))
                .andReturn());
        assertThat(english).contains("<html lang=\"en\">").contains("Reviews: Schattenplätze").contains("overdue")
                .contains("Record the review");
    }

    @Test
    void aReviewTheServiceRefusesNamesEachFieldBesideItAndKeepsWhatWasTyped() throws Exception {
        doThrow(new ServiceProblem(400, "Ungültige Anfrage", null, List.of(
                new FieldProblem("assessment", "darf nicht leer sein"),
                new FieldProblem("changedTargets[0].newTarget", "Der neue Zielwert gleicht dem Ausgangswert."),
                new FieldProblem("healthOverride.reason", "Begründung fehlt"))))
                .when(measures).review(eq("m1"), eq(VERSION), any(NewReview.class));

        MvcResult answer = site.perform(form(post("/measures/m1/reviews")).param("date", "2026-11-30")
                .param("decisions", "Zweiter Lieferant").param("lessons", "Früher bestellen")
                .param("indicatorId", "i1").param("newTarget", "0").param("health", "AT_RISK")).andReturn();

        assertThat(answer.getResponse().getStatus()).isEqualTo(200);
        String html = html(answer);
        assertThat(html).contains("Bitte prüfen Sie Ihre Angaben")
                .contains("<p class=\"error-message\" id=\"assessment-error\">darf nicht leer sein</p>")
                .contains("id=\"newTarget-error\">Der neue Zielwert gleicht dem Ausgangswert.</p>")
                .contains("id=\"healthReason-error\">Begründung fehlt</p>")
                .containsPattern("<textarea [^>]*aria-describedby=\"healthReason-error\" aria-invalid=\"true\"")
                .contains(">Zweiter Lieferant</textarea>");
        verify(measures).review("m1", VERSION, new NewReview("2026-11-30", null, "Zweiter Lieferant",
                "Früher bestellen", "i1", "0", null, "AT_RISK", null));
    }

    @Test
    void completingAsksForTheLessonsAndShowsTheMissingOneBesideItsField() throws Exception {
        String page = html(site.perform(get("/measures/m1/complete").with(unitAdmin())).andReturn());
        assertThat(page).contains("Maßnahme abschließen: Schattenplätze").contains("Was hat funktioniert?")
                .doesNotContain("Grund des Abbruchs");
        doThrow(new ServiceProblem(400, "Ungültige Anfrage", null, List.of(
                new FieldProblem("lessonsLearned.whatDidNotWork", "darf nicht leer sein"))))
                .when(measures).close(eq("m1"), eq(VERSION), eq("complete"), any(Closing.class));

        String refused = html(site.perform(form(post("/measures/m1/complete")).param("whatWorked", "Die Spenden")
                .param("whatOthersShouldKnow", "Früh planen")).andReturn());

        assertThat(refused).contains("id=\"whatDidNotWork-error\">darf nicht leer sein</p>")
                .contains("<a href=\"#whatDidNotWork\">darf nicht leer sein</a>").contains(">Die Spenden</textarea>");
        verify(measures).close("m1", VERSION, "complete", new Closing(null, "Die Spenden", null, "Früh planen"));
    }

    @Test
    void aDiscontinuationGoesBackToTheMeasureWithItsReason() throws Exception {
        MvcResult answer = site.perform(form(post("/measures/m1/discontinue")).param("reason", "Haushaltssperre")
                .param("whatWorked", "a").param("whatDidNotWork", "b").param("whatOthersShouldKnow", "c")).andReturn();

        assertThat(answer.getResponse().getRedirectedUrl()).isEqualTo("/measures/m1");
        verify(measures).close("m1", VERSION, "discontinue", new Closing("Haushaltssperre", "a", "b", "c"));
    }

    @Test
    void theMandateFormIsFilledInAsGrantedAndAStaleChangeSaysTheMeasureChanged() throws Exception {
        String page = html(site.perform(get("/measures/m1/mandate").with(unitAdmin())).andReturn());
        assertThat(page).contains("Mandat: Schattenplätze").contains("value=\"48000.00\"")
                .contains("Das Mandat ist noch unvollständig");
        doThrow(new ServiceProblem(412, "Vorbedingung fehlgeschlagen", null, List.of()))
                .when(measures).entrust(eq("m1"), eq("\"2\""), any(NewMandate.class));

        String stale = html(site.perform(post("/measures/m1/mandate").with(unitAdmin()).with(csrf())
                .param("version", "\"2\"").param("budgetPlanned", "50.000,50")).andReturn());

        assertThat(stale).contains("inzwischen geändert").contains("value=\"&quot;3&quot;\"")
                .contains("value=\"50.000,50\"");
    }

    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request) {
        return request.with(unitAdmin()).with(csrf()).param("version", VERSION);
    }

    private static String html(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString();
    }

    private static Measure measure() {
        Indicator trees = new Indicator("i1", "Gepflanzte Bäume", "Bäume", BigDecimal.ZERO, new BigDecimal("40"),
                LocalDate.of(2027, 12, 31), "HIGHER_IS_BETTER", List.of());
        return new Measure("m1", "Schattenplätze", "Mehr Schatten", "DECENTRAL", "IN_IMPLEMENTATION", null,
                new Mandate("Grünflächenamt", new BigDecimal("48000.00"), null, null, null, false), List.of(),
                List.of(trees), 20, "AT_RISK", List.of("start-pilot", "complete", "hold", "discontinue"),
                "ON_TRACK", null, "P3M", LocalDate.of(2026, 6, 1), null);
    }

    private static RequestPostProcessor unitAdmin() {
        return oidcLogin().idToken(token -> token.claim("roles", List.of("UNIT_ADMIN")).claim("unit", "mitte"))
                .authorities(new SimpleGrantedAuthority("ROLE_UNIT_ADMIN"));
    }
}
