package berlin.gemeinsam.web.ideas.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import berlin.gemeinsam.web.UnitSiteTest;
import berlin.gemeinsam.web.ideas.application.Comment;
import berlin.gemeinsam.web.ideas.application.CommentPage;
import berlin.gemeinsam.web.ideas.application.Idea;
import berlin.gemeinsam.web.ideas.application.Ideas;
import berlin.gemeinsam.web.ideas.application.Participation;
import berlin.gemeinsam.web.ideas.application.SupportSummary;
import berlin.gemeinsam.web.measures.application.Measure;
import berlin.gemeinsam.web.measures.application.Measures;
import berlin.gemeinsam.web.measures.application.Milestone;
import berlin.gemeinsam.web.measures.application.VersionedMeasure;
import berlin.gemeinsam.web.services.application.ServiceProblem;
import berlin.gemeinsam.web.services.application.ServiceProblem.FieldProblem;

/**
 * An idea's page rendered from stand-ins for ideas-, participation- and measures-service: the measure the idea became
 * with its progress (and a note when measures-service does not answer), a comment the service refuses named beside
 * its field, and the moderator's form to hide a comment, which a citizen does not get.
 */
@UnitSiteTest
class IdeaPageTest {

    private static final Instant POSTED = Instant.parse("2026-11-30T09:00:00Z");

    @Autowired
    WebApplicationContext context;

    @Autowired
    Ideas ideas;

    @Autowired
    Participation participation;

    @Autowired
    Measures measures;

    MockMvc site;

    @BeforeEach
    void site() {
        site = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        when(participation.supportsOf("i1")).thenReturn(SupportSummary.NONE);
        when(participation.commentsOn("i1", null)).thenReturn(CommentPage.NONE);
    }

    @Test
    void theMeasureTheIdeaBecameShowsItsStatusProgressMilestonesAndHealthLinkedOnlyForTheUnitAdmin() throws Exception {
        when(ideas.get("i1")).thenReturn(idea("ADOPTED", "m1"));
        when(measures.get("m1")).thenReturn(new VersionedMeasure(measure(), "\"3\""));

        String german = html(site.perform(get("/ideas/i1")).andReturn());

        assertThat(german).contains("Daraus wurde eine Maßnahme").contains("<strong>Schattenplätze</strong>")
                .contains("<dd>In Umsetzung</dd>").contains("<dd>40 %</dd>").contains("<dd>1 von 2 erreicht</dd>")
                .contains("<dd>Gefährdet</dd>").doesNotContain("href=\"/measures/m1\"");
        String english = html(site.perform(get("/ideas/i1").param("lang", "en")).andReturn());
        assertThat(english).contains("The measure this idea became").contains("<dd>In implementation</dd>")
                .contains("<dd>1 of 2 reached</dd>").contains("<dd>At risk</dd>");
        String admin = html(site.perform(get("/ideas/i1").with(unitAdmin())).andReturn());
        assertThat(admin).contains("<a href=\"/measures/m1\">Schattenplätze</a>");
    }

    @Test
    void whenMeasuresServiceDoesNotAnswerTheIdeaPageShowsWithANote() throws Exception {
        when(ideas.get("i1")).thenReturn(idea("ADOPTED", "m1"));
        when(measures.get("m1")).thenThrow(new ServiceProblem(503, "http://127.0.0.1:9 does not answer", null,
                List.of()));

        MvcResult answer = site.perform(get("/ideas/i1")).andReturn();

        assertThat(answer.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(answer)).contains("<h1>Schatten am Platz</h1>").contains("Daraus wurde eine Maßnahme")
                .contains("lassen sich hier gerade keine Angaben abrufen").doesNotContain("127.0.0.1");
    }

    @Test
    void aCommentTheServiceRefusesIsNamedBesideItsFieldAndKeepsWhatWasTyped() throws Exception {
        when(ideas.get("i1")).thenReturn(idea("PUBLISHED", null));
        doThrow(new ServiceProblem(400, "Ungültige Anfrage", null,
                List.of(new FieldProblem("text", "Der Text darf kein HTML enthalten."))))
                .when(participation).comment("i1", "<b>Ja</b>");

        MvcResult answer = site.perform(post("/ideas/i1/comments").with(citizen()).with(csrf())
                .param("text", "<b>Ja</b>")).andReturn();

        assertThat(answer.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(answer)).contains("Bitte prüfen Sie Ihre Angaben")
                .contains("<a href=\"#text\">Der Text darf kein HTML enthalten.</a>")
                .contains("<p class=\"error-message\" id=\"text-error\">Der Text darf kein HTML enthalten.</p>")
                .containsPattern("<textarea [^>]*maxlength=\"2000\" aria-describedby=\"text-hint text-error\""
                        + " aria-invalid=\"true\"[^>]*>&lt;b&gt;Ja&lt;/b&gt;</textarea>");
        verifyNoInteractions(measures);
    }

    @Test
    void aModeratorHidesACommentWithAReasonAndReadsWhyAHiddenOneWasHiddenACitizenGetsNeither() throws Exception {
        when(ideas.get("i1")).thenReturn(idea("PUBLISHED", null));
        when(participation.commentsOn("i1", null)).thenReturn(new CommentPage(List.of(
                new Comment("c1", "anna", "Gute Idee", POSTED, false, null, 0),
                new Comment("c2", "ben", null, POSTED, true, "Beleidigung", 0)), "after-c2"));

        String moderator = html(site.perform(get("/ideas/i1").with(moderator())).andReturn());

        assertThat(moderator).contains("action=\"/ideas/i1/comments/c1/hide\"")
                .contains("<label for=\"hide-c1\">Grund des Ausblendens</label>")
                .doesNotContain("/comments/c2/hide").contains("Dieser Kommentar wurde von der Moderation ausgeblendet.")
                .contains("Grund des Ausblendens (nur für die Moderation sichtbar): Beleidigung")
                .contains("href=\"/ideas/i1?cursor=after-c2#comments-heading\">Weitere Kommentare</a>");
        String citizen = html(site.perform(get("/ideas/i1").with(citizen())).andReturn());
        assertThat(citizen).contains("Gute Idee").contains("Dieser Kommentar wurde von der Moderation ausgeblendet.")
                .doesNotContain("/hide").doesNotContain("Beleidigung").contains("<label for=\"text\">Ihr Kommentar</label>");
        assertThat(site.perform(post("/ideas/i1/comments/c1/hide").with(citizen()).with(csrf())
                .param("reason", "Werbung")).andReturn().getResponse().getStatus()).isEqualTo(403);

        doThrow(new ServiceProblem(400, "Ungültige Anfrage", null,
                List.of(new FieldProblem("reason", "Der Grund ist zu kurz."))))
                .when(participation).hide(eq("c1"), any());
        String refused = html(site.perform(post("/ideas/i1/comments/c1/hide").with(moderator()).with(csrf())
                .param("reason", "x")).andReturn());
        assertThat(refused).contains("<p class=\"error-message\" id=\"hide-c1-error\">Der Grund ist zu kurz.</p>")
                .containsPattern("<input [^>]*id=\"hide-c1\"\\s+value=\"x\"\\s+"
                        + "aria-describedby=\"hide-c1-error\" aria-invalid=\"true\">");
        verify(participation).hide("c1", "x");
    }

    @Test
    void theNextCommentsAreReadByTheCursorOfTheLink() throws Exception {
        when(ideas.get("i1")).thenReturn(idea("PUBLISHED", null));
        when(participation.commentsOn("i1", "after-c2")).thenReturn(new CommentPage(List.of(
                new Comment("c3", "carla", "Später Kommentar", POSTED, false, null, 0)), null));

        String page = html(site.perform(get("/ideas/i1").param("cursor", "after-c2")).andReturn());

        assertThat(page).contains("Später Kommentar").doesNotContain("Weitere Kommentare")
                .contains("href=\"/ideas/i1#comments-heading\">Zu den ersten Kommentaren</a>");
    }

    private static Idea idea(String status, String measureId) {
        return new Idea("i1", "mitte", "Schatten am Platz", "Kein Schatten", "Bäume pflanzen", null, Set.of(),
                status, null, 0, measureId, "anna", POSTED, POSTED, null);
    }

    private static Measure measure() {
        return new Measure("m1", "Schattenplätze", "Mehr Schatten", "DECENTRAL", "IN_IMPLEMENTATION", "i1", null,
                List.of(new Milestone("ms1", "Bäume bestellt", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 8, 20),
                                false),
                        new Milestone("ms2", "Bäume gepflanzt", LocalDate.of(2026, 10, 1), null, true)),
                List.of(), 40, "AT_RISK", List.of(), "AT_RISK", null, "P6M", LocalDate.of(2027, 3, 1), null);
    }

    private static String html(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString();
    }

    private static RequestPostProcessor citizen() {
        return oidcLogin().idToken(token -> token.subject("anna"));
    }

    private static RequestPostProcessor moderator() {
        return oidcLogin().idToken(token -> token.subject("moderator-mitte").claim("roles", List.of("MODERATOR"))
                .claim("unit", "mitte")).authorities(new SimpleGrantedAuthority("ROLE_MODERATOR"));
    }

    private static RequestPostProcessor unitAdmin() {
        return oidcLogin().idToken(token -> token.subject("admin-mitte").claim("roles", List.of("UNIT_ADMIN"))
                .claim("unit", "mitte")).authorities(new SimpleGrantedAuthority("ROLE_UNIT_ADMIN"));
    }
}
