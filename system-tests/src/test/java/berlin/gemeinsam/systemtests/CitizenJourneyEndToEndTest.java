package berlin.gemeinsam.systemtests;

import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.KafkaTestClient;
import berlin.gemeinsam.testsupport.SharedDocumentStore;
import berlin.gemeinsam.testsupport.SharedKafkaBroker;
import berlin.gemeinsam.testsupport.TestIssuer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The first flow through all four services, each a separate process on one real Kafka broker: an idea of
 * mitte is published, supported, adopted as a measure, and its followers are told; an idea of pankow, from a
 * second ideas-service instance, stays out of mitte's instance but reaches pankow's followers; a duplicate idea
 * merged into another takes its supports and followers there; and a participant erased in participation-service is
 * erased in ideas- and notification-service too. Where chromium is installed, the same stack serves the web site and
 * the local issuer, and a browser walks the citizen's journey through them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CitizenJourneyEndToEndTest {

    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    private static final TestIssuer ISSUER = TestIssuer.get();
    private static final Path REPOSITORY = Path.of(System.getProperty("gemeinsam.repository.root", ".."));

    private final List<ServiceProcess> processes = new ArrayList<>();
    private HttpApi ideasMitte;
    private HttpApi ideasPankow;
    private HttpApi measures;
    private HttpApi participation;
    private HttpApi notifications;
    /** Where notification-service sends its mails. */
    private GreenMail mail;
    /** The web site of mitte, or null where there is no browser to test it with. */
    private ServiceProcess web;
    /** The central office's web site on the central instances, or null where there is no browser. */
    private ServiceProcess centralWeb;
    private HttpApi centralIdeas;
    private HttpApi centralParticipation;
    private HttpApi centralMeasures;
    private HttpApi monitor;

    @BeforeAll
    void startTheSuite() {
        String kafka = SharedKafkaBroker.bootstrapServers();
        String store = SharedDocumentStore.uri();
        ServiceProcess ideasOfMitte = start("ideas-service", "mitte", kafka, store);
        ServiceProcess ideasOfPankow = start("ideas-service", "pankow", kafka, store);
        ServiceProcess measuresOfMitte = start("measures-service", "mitte", kafka, store);
        ServiceProcess participationOfMitte = start("participation-service", "mitte", kafka, store);
        mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        mail.start();
        ServiceProcess notificationsOfMitte = start("notification-service", "mitte", kafka, store,
                "--spring.mail.port=" + mail.getSmtp().getPort());
        if (Browser.available()) {
            startTheSitesAndTheirIssuer(kafka, store, ideasOfMitte, participationOfMitte, notificationsOfMitte,
                    measuresOfMitte);
        }
        // twelve processes start at once where the browser tests run: the last is ready minutes after the first
        processes.forEach(process -> process.awaitReady(Duration.ofSeconds(Browser.available() ? 240 : 150)));
        ideasMitte = HttpApi.on(ideasOfMitte.port());
        ideasPankow = HttpApi.on(ideasOfPankow.port());
        measures = HttpApi.on(measuresOfMitte.port());
        participation = HttpApi.on(participationOfMitte.port());
        notifications = HttpApi.on(notificationsOfMitte.port());
    }

    /**
     * The local issuer signing with the test issuer's key under its name, so that the services accept the tokens of
     * the people who sign in there; mitte's web site calling mitte's services; and the central office's: its site on
     * the central instances of ideas-, participation- and measures-service and the stream-monitor.
     */
    private void startTheSitesAndTheirIssuer(String kafka, String store, ServiceProcess ideas,
                                             ServiceProcess participation, ServiceProcess notifications,
                                             ServiceProcess measures) {
        ServiceProcess ideasOfCentral = start("ideas-service", "central", kafka, store);
        ServiceProcess participationOfCentral = start("participation-service", "central", kafka, store);
        ServiceProcess measuresOfCentral = start("measures-service", "central", kafka, store);
        ServiceProcess streamMonitor = start("stream-monitor", "central", kafka, store);
        int sitePort = ServiceProcess.freePort();
        int centralSitePort = ServiceProcess.freePort();
        int issuerPort = ServiceProcess.freePort();
        String site = "http://127.0.0.1:" + sitePort;
        String centralSite = "http://127.0.0.1:" + centralSitePort;
        Path key = REPOSITORY.resolve("system-tests/target/browser-issuer/signing-key.json");
        ISSUER.writeSigningKey(key);
        processes.add(ServiceProcess.app("deploy/auth-server", "auth-server", issuerPort,
                Pattern.compile("Started AuthServerApplication"),
                "--gemeinsam.security.issuer=" + ISSUER.issuer(),
                "--gemeinsam.auth-server.key-file=" + key,
                "--gemeinsam.auth-server.web-client.redirect-uris=" + site + "/login/oauth2/code/gemeinsam,"
                        + centralSite + "/login/oauth2/code/gemeinsam",
                "--gemeinsam.auth-server.web-client.post-logout-redirect-uris=" + site + "/," + centralSite + "/"));
        web = site("mitte", sitePort, issuerPort, ideas, participation, notifications, measures, streamMonitor);
        centralWeb = site("central", centralSitePort, issuerPort, ideasOfCentral, participationOfCentral,
                notifications, measuresOfCentral, streamMonitor);
        centralIdeas = HttpApi.on(ideasOfCentral.port());
        centralParticipation = HttpApi.on(participationOfCentral.port()).withToken(ISSUER.centralOffice());
        centralMeasures = HttpApi.on(measuresOfCentral.port());
        monitor = HttpApi.on(streamMonitor.port()).withToken(ISSUER.centralOffice());
    }

    private ServiceProcess site(String unit, int port, int issuerPort, ServiceProcess ideas,
                                ServiceProcess participation, ServiceProcess notifications, ServiceProcess measures,
                                ServiceProcess streamMonitor) {
        ServiceProcess webSite = ServiceProcess.app("web", "web-" + unit, port, null,
                "--spring.profiles.active=local",
                "--gemeinsam.unit=" + unit,
                "--gemeinsam.services.ideas=http://127.0.0.1:" + ideas.port(),
                "--gemeinsam.services.participation=http://127.0.0.1:" + participation.port(),
                "--gemeinsam.services.notifications=http://127.0.0.1:" + notifications.port(),
                "--gemeinsam.services.measures=http://127.0.0.1:" + measures.port(),
                "--gemeinsam.services.monitor=http://127.0.0.1:" + streamMonitor.port(),
                "--gemeinsam.web.issuer-endpoints=http://127.0.0.1:" + issuerPort);
        processes.add(webSite);
        return webSite;
    }

    private ServiceProcess start(String service, String unit, String kafka, String store, String... settings) {
        ServiceProcess process = ServiceProcess.start(service, unit, kafka, store, settings);
        processes.add(process);
        return process;
    }

    @AfterAll
    void stopTheSuite() {
        processes.forEach(ServiceProcess::close);
        if (mail != null) {
            mail.stop();
        }
    }

    @Test
    void anIdeaIsPublishedSupportedAdoptedAndItsFollowersAreToldOnce() {
        String anna = "anna-" + UUID.randomUUID();
        String piet = "piet-" + UUID.randomUUID();
        String ben = "ben-" + UUID.randomUUID();
        follow(anna, "UNIT", "mitte");
        follow(piet, "UNIT", "pankow");

        String benches = submitAndPublish(ideasMitte, "mitte", "Bänke am Spreeufer", "Am Ufer gibt es kaum Sitzplätze.");
        String lights = submitAndPublish(ideasPankow, "pankow", "Licht im Bürgerpark", "Abends ist der Park zu dunkel.");

        // pankow's idea lives only in pankow's instance; mitte's moderator cannot publish there
        assertThat(ideasMitte.get("/api/v1/ideas/" + lights).status()).isEqualTo(404);
        assertThat(ideasPankow.withToken(ISSUER.moderator("mitte")).post("/api/v1/ideas/" + lights + "/publish", "")
                .status()).isEqualTo(403);
        assertThat(ideasMitte.get("/api/v1/ideas?size=100").json().path("items").findValuesAsString("id"))
                .contains(benches).doesNotContain(lights);

        // followers of a unit hear of its published ideas, in German
        JsonNode annasFirst = awaitNotifications(anna, 1).get(0);
        assertThat(annasFirst.path("eventType").asString()).isEqualTo("berlin.gemeinsam.idea.published.v1");
        assertThat(annasFirst.path("subject").asString()).isEqualTo(benches);
        assertThat(annasFirst.path("text").asString()).contains("Bänke am Spreeufer").contains("Mitte");
        JsonNode pietsFirst = awaitNotifications(piet, 1).get(0);
        assertThat(pietsFirst.path("subject").asString()).isEqualTo(lights);
        assertThat(pietsFirst.path("unit").asString()).isEqualTo("pankow");
        // ben starts following the idea after its publication was told: he hears only of what follows
        follow(ben, "IDEA", benches);

        // supporting needs participation-service to have learned of the published idea
        String supportBody = "{\"participantId\":\"carla\",\"helixGroup\":\"CIVIL_SOCIETY\"}";
        HttpApi carla = participation.withToken(ISSUER.citizen("carla"));
        assertThat(participation.post("/api/v1/ideas/" + benches + "/supports", supportBody).status()).isEqualTo(401);
        assertThat(participation.withToken(ISSUER.citizen("dieter")).post("/api/v1/ideas/" + benches + "/supports",
                supportBody).status()).isEqualTo(403);
        await().atMost(EVENTUALLY).until(() ->
                carla.post("/api/v1/ideas/" + benches + "/supports", supportBody).status() == 201);
        assertThat(carla.post("/api/v1/ideas/" + benches + "/supports", supportBody).status()).isEqualTo(409);
        JsonNode summary = participation.get("/api/v1/ideas/" + benches + "/supports/summary").json();
        assertThat(summary.path("total").asLong()).isEqualTo(1);
        assertThat(summary.path("byHelixGroup").path("CIVIL_SOCIETY").asLong()).isEqualTo(1);
        assertThat(carla.post("/api/v1/ideas/" + UUID.randomUUID() + "/supports", supportBody).status())
                .isEqualTo(404);
        await().atMost(EVENTUALLY).until(() ->
                ideasMitte.get("/api/v1/ideas/" + benches).json().path("supportCount").asLong() == 1);

        // a measure taken from the idea adopts it; measures-service knows the idea once it read its publication
        // (404 until then), and a second measure from the adopted idea is refused
        HttpApi mitteAdmin = measures.withToken(ISSUER.unitAdmin("mitte"));
        String measureBody = """
                {"title":"Sitzbänke entlang der Spree","goal":"Mehr Aufenthaltsqualität am Ufer",
                 "type":"DECENTRAL","sourceIdeaId":"%s"}""".formatted(benches);
        AtomicReference<HttpApi.Response> proposed = new AtomicReference<>();
        await().atMost(EVENTUALLY).until(() -> {
            proposed.set(mitteAdmin.post("/api/v1/measures", measureBody));
            return proposed.get().status() != 404;
        });
        HttpApi.Response measure = proposed.get();
        assertThat(measure.status()).isEqualTo(201);
        assertThat(measure.field("status")).isEqualTo("PROPOSED");
        String measureId = measure.field("id");
        await().atMost(EVENTUALLY).until(() ->
                "ADOPTED".equals(ideasMitte.get("/api/v1/ideas/" + benches).field("status")));
        assertThat(ideasMitte.get("/api/v1/ideas/" + benches).field("measureId")).isEqualTo(measureId);
        await().atMost(EVENTUALLY).until(() -> "ADOPTED".equals(
                measures.get("/api/v1/measures/" + measureId).json().path("sourceIdea").path("state").asString()));
        assertThat(mitteAdmin.post("/api/v1/measures", measureBody).status()).isEqualTo(409);

        // the idea's follower is told of the adoption exactly once
        List<JsonNode> bens = awaitNotifications(ben, 1);
        assertThat(bens.get(0).path("eventType").asString()).isEqualTo("berlin.gemeinsam.idea.adopted.v1");
        assertThat(bens.get(0).path("subject").asString()).isEqualTo(benches);
        // anna follows mitte: published, the new measure and the adoption, each once, newest first; nothing of pankow
        List<JsonNode> annas = awaitNotifications(anna, 3);
        assertThat(annas).extracting(node -> node.path("eventType").asString()).containsExactly(
                "berlin.gemeinsam.idea.adopted.v1", "berlin.gemeinsam.measure.proposed.v1",
                "berlin.gemeinsam.idea.published.v1");
        assertThat(annas).extracting(node -> node.path("subject").asString()).doesNotContain(lights);
        assertThat(notificationsOf(piet)).hasSize(1);
        assertThat(notificationsOf(ben)).hasSize(1);

        // a milestone due yesterday puts the measure at risk at once: the idea's follower is told of it once
        String milestone = "{\"title\":\"Standorte abgestimmt\",\"dueDate\":\"%s\"}"
                .formatted(LocalDate.now(ZoneId.of("Europe/Berlin")).minusDays(1));
        assertThat(mitteAdmin.post("/api/v1/measures/" + measureId + "/milestones", milestone).status())
                .isEqualTo(200);
        List<JsonNode> bensNow = awaitNotifications(ben, 2);
        assertThat(bensNow.get(0).path("eventType").asString()).isEqualTo("berlin.gemeinsam.measure.health-changed.v1");
        assertThat(bensNow.get(0).path("subject").asString()).isEqualTo(measureId);
        assertThat(bensNow.get(0).path("text").asString()).isEqualTo("Die Maßnahme „Sitzbänke entlang der Spree“ ist gefährdet.");
        // carla follows the idea since she supported it: she is told of the health change once too
        String healthChanged = "berlin.gemeinsam.measure.health-changed.v1";
        await().atMost(EVENTUALLY).until(() -> notificationsOf("carla").stream()
                .anyMatch(entry -> healthChanged.equals(entry.path("eventType").asString())));
        assertThat(notificationsOf("carla"))
                .filteredOn(entry -> healthChanged.equals(entry.path("eventType").asString()))
                .extracting(entry -> entry.path("subject").asString()).containsExactly(measureId);
    }

    /**
     * A moderator merges a duplicate idea into the surviving one: the duplicate's supports and followers move over
     * through participation- and notification-service.
     */
    @Test
    void aMergedDuplicatesSupportsAndFollowersMoveToTheSurvivingIdea() {
        String survivor = submitAndPublish(ideasMitte, "mitte", "Bänke am Spreeufer", "Am Ufer gibt es kaum Sitzplätze.");
        String duplicate = submitAndPublish(ideasMitte, "mitte", "Sitzplätze an der Spree", "Man kann an der Spree nirgends sitzen.");
        String anna = "anna-" + UUID.randomUUID();
        String ben = "ben-" + UUID.randomUUID();
        follow(anna, "IDEA", duplicate);
        follow(ben, "IDEA", duplicate);
        follow(ben, "IDEA", survivor);
        String carla = "carla-" + UUID.randomUUID();
        String dora = "dora-" + UUID.randomUUID();
        support(carla, duplicate, "CIVIL_SOCIETY");
        support(dora, duplicate, "SCIENCE");
        support(dora, survivor, "BUSINESS");
        await().atMost(EVENTUALLY).until(() -> supportCount(duplicate) == 2 && supportCount(survivor) == 1);

        HttpApi.Response merged = ideasMitte.withToken(ISSUER.moderator("mitte"))
                .post("/api/v1/ideas/" + duplicate + "/merge", "{\"into\":\"" + survivor + "\"}");

        assertThat(merged.status()).as(merged.text()).isEqualTo(200);
        assertThat(merged.field("status")).isEqualTo("MERGED");
        HttpApi.Response read = ideasMitte.get("/api/v1/ideas/" + duplicate);
        assertThat(read.field("mergedInto")).isEqualTo(survivor);
        assertThat(read.headers().firstValue("Link")).contains("</api/v1/ideas/" + survivor + ">; rel=\"canonical\"");
        // carla's support moves over; dora supports the survivor already and keeps her one support
        await().atMost(EVENTUALLY).until(() -> supportCount(survivor) == 2);
        JsonNode summary = participation.get("/api/v1/ideas/" + survivor + "/supports/summary").json();
        assertThat(summary.path("total").asLong()).isEqualTo(2);
        assertThat(summary.path("byHelixGroup").path("CIVIL_SOCIETY").asLong()).isEqualTo(1);
        assertThat(summary.path("byHelixGroup").path("BUSINESS").asLong()).isEqualTo(1);
        // anna follows the survivor instead; ben, who followed both, follows it once
        await().atMost(EVENTUALLY).until(() -> followedIdeas(anna).equals(List.of(survivor)));
        await().atMost(EVENTUALLY).until(() -> followedIdeas(ben).equals(List.of(survivor)));
        for (String follower : List.of(anna, ben)) {
            assertThat(notificationsOf(follower))
                    .filteredOn(entry -> "berlin.gemeinsam.idea.merged.v1".equals(entry.path("eventType").asString()))
                    .extracting(entry -> entry.path("subject").asString()).containsExactly(duplicate);
        }
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(4)).until(() -> true);
        assertThat(supportCount(survivor)).as("counted once").isEqualTo(2);
        assertThat(supportCount(duplicate)).isEqualTo(2);
    }

    /**
     * A person who supported, commented, followed and submitted ideas has participation-service erase them: ideas- and
     * notification-service erase what they hold about the same id from its event, and the anonymous counts stay.
     */
    @Test
    void anErasedParticipantLeavesNothingIdentifyingInAnyServiceWhileTheCountsStay() {
        String erin = "erin-" + UUID.randomUUID();
        HttpApi erinsIdeas = ideasMitte.withToken(ISSUER.citizen(erin));
        HttpApi erinsParticipation = participation.withToken(ISSUER.citizen(erin));
        HttpApi erinsNotifications = notifications.withToken(ISSUER.citizen(erin));
        follow(erin, "UNIT", "mitte");
        String idea = submitAndPublish(ideasMitte, "mitte", "Trinkbrunnen am Ufer", "Im Sommer fehlt Wasser.");
        String erinsDraft = erinsIdeas.post("/api/v1/ideas",
                "{\"title\":\"Erins Entwurf\",\"problem\":\"Erins Problem\"}").field("id");
        String erinsIdea = erinsIdeas.post("/api/v1/ideas",
                "{\"title\":\"Erins Idee\",\"problem\":\"Zu wenig Schatten\"}").field("id");
        assertThat(ideasMitte.withToken(ISSUER.moderator("mitte")).post("/api/v1/ideas/" + erinsIdea + "/publish", "")
                .status()).isEqualTo(200);
        support(erin, idea, "PUBLIC");
        String comment = erinsParticipation.post("/api/v1/ideas/" + idea + "/comments",
                "{\"text\":\"Erins Kommentar\"}").field("id");
        await().atMost(EVENTUALLY).until(() -> supportCount(idea) == 1 && followedIdeas(erin).contains(idea)
                && !notificationsOf(erin).isEmpty());
        JsonNode supportsBefore = participation.get("/api/v1/ideas/" + idea + "/supports/summary").json();

        assertThat(erinsParticipation.delete("/api/v1/participants/" + erin).status()).isEqualTo(204);

        await().atMost(EVENTUALLY).until(() -> isEmpty(
                erinsNotifications.get("/api/v1/subscribers/" + erin + "/export").json().path("data")));
        await().atMost(EVENTUALLY).until(() ->
                erinsIdeas.get("/api/v1/participants/" + erin + "/export").json().path("ideas").isEmpty());
        assertThat(isEmpty(erinsParticipation.get("/api/v1/participants/" + erin + "/export").json().path("data")))
                .isTrue();
        HttpApi.Response erased = participation.get("/api/v1/comments/" + comment);
        assertThat(erased.field("text")).doesNotContain("Erins Kommentar");
        assertThat(erased.json().path("authorId").isNull()).isTrue();
        assertThat(participation.get("/api/v1/ideas/" + idea + "/supports/summary").json()).isEqualTo(supportsBefore);
        assertThat(supportCount(idea)).isEqualTo(1);
        JsonNode published = ideasMitte.get("/api/v1/ideas/" + erinsIdea).json();
        assertThat(published.path("status").asString()).isEqualTo("PUBLISHED");
        assertThat(published.toString()).doesNotContain(erin);
        JsonNode draft = ideasMitte.withToken(ISSUER.moderator("mitte")).get("/api/v1/ideas/" + erinsDraft).json();
        assertThat(draft.path("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(draft.toString()).doesNotContain(erin).doesNotContain("Erins Problem");
    }

    private static boolean isEmpty(JsonNode exportData) {
        return exportData.isObject() && exportData.valueStream().allMatch(JsonNode::isEmpty);
    }

    /**
     * The citizen's journey in a browser, through the web site and the issuer's login page: anna submits an idea
     * (first without a problem, which ideas-service refuses beside that field), the moderator publishes it from the
     * moderation page, and anna finds it on the home page, supports it and follows it; her notifications page shows the
     * idea's adoption as it happens, and her subscriptions and data pages work. Then the moderator merges a duplicate
     * into it from the idea's decision page, and the unit admin reports an indicator's value of a new measure and sees
     * its chart. Every page passes axe-core's WCAG 2.1 A and AA rules.
     */
    @Test
    void inTheBrowserACitizenSubmitsAnIdeaTheModeratorPublishesItAndTheCitizenSupportsAndFollowsIt() {
        assumeTrue(Browser.available(), Browser.missing());
        boolean seleniumCacheBefore = Files.exists(Browser.SELENIUM_CACHE);
        String site = "http://127.0.0.1:" + web.port();
        String title = "Schatten auf dem Alexanderplatz";
        List<Browser.AxeResult> checked = new ArrayList<>();
        try (Browser browser = Browser.start()) {
            browser.open(site + "/");
            assertThat(browser.find(By.tagName("html")).getDomAttribute("lang")).isEqualTo("de");
            checked.add(accessible(browser));
            signIn(browser, site, "anna", checked);

            // the problem comes first; without one, ideas-service refuses, and the page says so beside the field
            browser.open(site + "/ideas/new");
            checked.add(accessible(browser));
            browser.type(By.id("title"), title);
            browser.clickToLoad(By.cssSelector("main button[type=submit]"));
            assertThat(browser.find(By.cssSelector("#error-summary a[href='#problem']")).getText()).isNotBlank();
            assertThat(browser.text(By.id("problem-error"))).isNotBlank();
            assertThat(browser.find(By.id("problem")).getDomAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.driver().getPageSource()).doesNotContain("\"errors\"").doesNotContain("application/problem");
            checked.add(accessible(browser));
            browser.type(By.id("problem"), "Im Sommer gibt es auf dem Platz keinen Schatten.");
            browser.type(By.id("proposal"), "Bäume pflanzen und Sonnensegel aufspannen.");
            browser.clickToLoad(By.cssSelector("main button[type=submit]"));
            assertThat(browser.url()).as(() -> browser.text(By.tagName("main"))).startsWith(site + "/ideas/");
            String idea = browser.url().substring((site + "/ideas/").length());
            assertThat(browser.text(By.cssSelector(".notice"))).contains("wartet auf die Moderation");
            assertThat(browser.text(By.tagName("h1"))).isEqualTo(title);
            checked.add(accessible(browser));
            signOut(browser, site);

            // the moderator publishes it from the moderation page
            signIn(browser, site, "moderator-mitte", checked);
            browser.open(site + "/moderation");
            checked.add(accessible(browser));
            browser.clickToLoad(By.xpath("//main//li[.//a[text()='" + title + "']]//button"));
            assertThat(browser.text(By.cssSelector(".notice"))).contains("veröffentlicht");
            signOut(browser, site);

            // anna finds it on the home page once the search has it, supports it as civil society and follows it
            signIn(browser, site, "anna", checked);
            await().atMost(EVENTUALLY).pollInterval(Duration.ofMillis(500)).until(() -> {
                browser.open(site + "/");
                return !browser.findAll(By.linkText(title)).isEmpty();
            });
            checked.add(accessible(browser));
            browser.clickToLoad(By.linkText(title));
            assertThat(browser.text(By.cssSelector("main .meta strong"))).isEqualTo("Veröffentlicht");
            // supporting needs participation-service to have read the publication: until then the page says 404
            await().atMost(EVENTUALLY).pollInterval(Duration.ofMillis(500)).until(() -> {
                browser.open(site + "/ideas/" + idea);
                browser.click(By.cssSelector("label[for='" + helixRadio(browser, "CIVIL_SOCIETY") + "']"));
                browser.clickToLoad(By.xpath("//button[text()='Idee unterstützen']"));
                return browser.findAll(By.cssSelector(".notice")).stream()
                        .anyMatch(notice -> notice.getText().contains("Unterstützung ist gezählt"));
            });
            assertThat(browser.text(By.id("support-total"))).isEqualTo("1 Unterstützung");
            assertThat(browser.text(By.cssSelector("dl.counts"))).contains("Zivilgesellschaft").contains("1");
            if (!browser.findAll(By.xpath("//button[text()='Idee folgen']")).isEmpty()) {
                browser.clickToLoad(By.xpath("//button[text()='Idee folgen']"));
            }
            await().atMost(EVENTUALLY).pollInterval(Duration.ofMillis(500)).until(() -> {
                browser.open(site + "/ideas/" + idea);
                return !browser.findAll(By.id("following")).isEmpty();
            });
            checked.add(accessible(browser));
            // README's picture of the idea page: taken on request, as the page shows times that change every run
            browser.screenshot(Boolean.getBoolean("gemeinsam.screenshots.write")
                    ? REPOSITORY.resolve("docs/screenshots/idea-page.png")
                    : Path.of("target/screenshots/idea-page.png"));

            annasNotificationsSubscriptionsAndData(browser, site, idea, title, checked);

            // the same page in English, and a search whose refused filter is named beside its field
            browser.open(site + "/ideas/" + idea + "?lang=en");
            assertThat(browser.find(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
            assertThat(browser.text(By.id("supports-heading"))).isEqualTo("Support");
            checked.add(accessible(browser));
            browser.open(site + "/ideas?lang=de&radius=500");
            assertThat(browser.text(By.id("radius-error"))).isNotBlank();
            checked.add(accessible(browser));
            browser.open(site + "/ideas?q=Schatten");
            assertThat(browser.findAll(By.linkText(title))).hasSize(1);
            checked.add(accessible(browser));
            signOut(browser, site);

            moderatorMergesADuplicate(browser, site, idea, checked);
            unitAdminReportsAnIndicatorValue(browser, site, checked);
        }
        assertThat(Files.exists(Browser.SELENIUM_CACHE)).as("Selenium Manager fetched nothing into " + Browser.SELENIUM_CACHE)
                .isEqualTo(seleniumCacheBefore);
        System.out.printf("axe-core %s: %d pages checked against WCAG 2.1 A/AA, %d to %d rules each, no violation%n",
                checked.get(0).axeVersion(), checked.size(),
                checked.stream().mapToInt(Browser.AxeResult::rulesChecked).min().orElse(0),
                checked.stream().mapToInt(Browser.AxeResult::rulesChecked).max().orElse(0));
    }

    /**
     * The central office's cockpit in a browser, on the central instances that read every unit's streams: after a
     * measure of mitte fell behind its milestone, pankow published an idea on mobility, somebody from science
     * supported an idea of mitte and a record nobody can read went to the dead letters, the central office signs in on
     * the issuer's login page and finds each in the portfolio, the ideas per unit and field of action, the helix
     * balance and the streams' health, with the numbers the central instances answer; the page passes axe-core.
     */
    @Test
    void inTheBrowserTheCentralOfficeSeesPortfolioIdeasHelixBalanceAndStreamHealthInTheCockpit() {
        assumeTrue(Browser.available(), Browser.missing());
        String measureTitle = "Kühle Höfe für Mitte " + UUID.randomUUID().toString().substring(0, 8);
        HttpApi mitteAdmin = measures.withToken(ISSUER.unitAdmin("mitte"));
        HttpApi.Response measure = mitteAdmin.post("/api/v1/measures", """
                {"title":"%s","goal":"Schatten in den Höfen","type":"DECENTRAL"}""".formatted(measureTitle));
        assertThat(measure.status()).as(measure.text()).isEqualTo(201);
        assertThat(mitteAdmin.post("/api/v1/measures/" + measure.field("id") + "/milestones",
                "{\"title\":\"Höfe ausgewählt\",\"dueDate\":\"%s\"}"
                        .formatted(LocalDate.now(ZoneId.of("Europe/Berlin")).minusDays(1))).status()).isEqualTo(200);
        HttpApi.Response submitted = ideasPankow.withToken(ISSUER.citizen("author-pankow")).post("/api/v1/ideas",
                "{\"title\":\"Radweg an der Schönhauser\",\"problem\":\"Der Radweg endet plötzlich.\","
                        + "\"category\":\"MOBILITY\"}");
        assertThat(submitted.status()).isEqualTo(201);
        assertThat(ideasPankow.withToken(ISSUER.moderator("pankow"))
                .post("/api/v1/ideas/" + submitted.field("id") + "/publish", "").status()).isEqualTo(200);
        String supported = submitAndPublish(ideasMitte, "mitte", "Sonnensegel am Spielplatz", "Es ist zu heiß.");
        KafkaTestClient.send("gemeinsam.mitte.participation", supported,
                "nicht lesbar".getBytes(StandardCharsets.UTF_8), Map.of());
        String site = "http://127.0.0.1:" + centralWeb.port();
        List<Browser.AxeResult> checked = new ArrayList<>();
        try (Browser browser = Browser.start()) {
            browser.open(site + "/");
            signIn(browser, site, "central-office", checked);
            // participation-service has read the publication meanwhile; the central instances read all of it
            support("scientist-" + UUID.randomUUID(), supported, "SCIENCE");
            await().atMost(EVENTUALLY).pollInterval(Duration.ofMillis(250)).until(() ->
                    centralIdeas.get("/api/v1/ideas/stats?unit=pankow").json().path("byCategory").path("MOBILITY")
                            .asLong() == 1
                    && centralMeasures.get("/api/v1/portfolio").text().contains(measureTitle)
                    && centralParticipation.get("/api/v1/reports/units").json().path("helixGroups").valueStream()
                            .anyMatch(group -> "SCIENCE".equals(group.path("helixGroup").asString())
                                    && group.path("participants").asLong() > 0)
                    && monitor.get("/api/v1/dead-letters").json().path("topics").valueStream()
                            .anyMatch(topic -> topic.path("size").asLong() > 0));
            browser.clickToLoad(By.xpath("//header//a[text()='Cockpit']"));
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Cockpit der zentralen Steuerung");
            // the page and the central instances are read one after the other: equal once no event is under way
            await().atMost(EVENTUALLY).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                browser.open(site + "/cockpit");
                assertThat(browser.text(By.id("cockpit-total")))
                        .isEqualTo(centralMeasures.get("/api/v1/portfolio").json().path("total").asString());
                assertThat(browser.text(By.id("streams-dead-letters"))).isEqualTo(String.valueOf(
                        monitor.get("/api/v1/dead-letters").json().path("topics").valueStream()
                                .mapToLong(topic -> topic.path("size").asLong()).sum()));
                JsonNode report = centralParticipation.get("/api/v1/reports/units").json();
                for (JsonNode group : report.path("helixGroups")) {
                    assertThat(browser.text(By.xpath("//table[@id='helix-balance']//tr[th='"
                            + helixLabel(group.path("helixGroup").asString()) + "']/td[1]")))
                            .isEqualTo(group.path("participants").asString());
                }
            });
            assertThat(browser.text(By.id("flagged"))).contains(measureTitle + " (mitte): Gefährdet");
            assertThat(browser.text(By.id("overdue"))).contains("Höfe ausgewählt – " + measureTitle + " (mitte)");
            int mobility = browser.findAll(By.xpath("//table[@id='ideas-by-unit']/thead//th")).stream()
                    .map(WebElement::getText).toList().indexOf("Mobilität");
            assertThat(mobility).isPositive();
            assertThat(browser.text(By.xpath("//table[@id='ideas-by-unit']//tr[th='pankow']/td[" + mobility + "]")))
                    .isEqualTo("1");
            assertThat(browser.text(By.xpath("//table[@id='helix-balance']//tr[th='Wissenschaft']/td[3]")))
                    .isNotEqualTo("fehlt");
            assertThat(browser.text(By.id("streams-live"))).matches("[1-9][0-9]* von [1-9][0-9]*");
            assertThat(browser.findAll(By.xpath("//table[@id='stream-lag']//th[text()='mitte.ideas-service']")))
                    .hasSize(1);
            assertThat(browser.find(By.xpath("//table[@id='dead-letters']//a[contains(text(),'gemeinsam.mitte.')]"))
                    .getDomAttribute("href")).contains("/api/v1/dead-letters/gemeinsam.mitte.");
            assertThat(browser.findAll(By.cssSelector("main svg[role=img] title"))).hasSize(2);
            assertThat(browser.findAll(By.cssSelector("main .error-message"))).isEmpty();
            checked.add(accessible(browser));
            browser.screenshotOfWholePage(Boolean.getBoolean("gemeinsam.screenshots.write")
                    ? REPOSITORY.resolve("docs/screenshots/cockpit.png")
                    : Path.of("target/screenshots/cockpit.png"));
        }
        System.out.printf("axe-core %s: the cockpit and the issuer's login page checked against WCAG 2.1 A/AA, %d rules"
                + " in the cockpit, no violation%n", checked.get(0).axeVersion(), checked.get(1).rulesChecked());
    }

    private static String helixLabel(String group) {
        return switch (group) {
            case "STATE" -> "Staat (Verwaltung und Politik)";
            case "BUSINESS" -> "Wirtschaft";
            case "SCIENCE" -> "Wissenschaft";
            case "CIVIL_SOCIETY" -> "Zivilgesellschaft";
            case "PUBLIC" -> "Öffentlichkeit";
            default -> throw new IllegalArgumentException(group);
        };
    }

    /**
     * anna's notifications page is open when her idea is taken up as a measure: the notification appears in it
     * without a reload, and she marks it read. She gives an e-mail address (pending until confirmed), finds her data
     * as one download of the three services' exports, and sees what an erasure would leave before confirming it.
     */
    private void annasNotificationsSubscriptionsAndData(Browser browser, String site, String idea, String title,
                                                        List<Browser.AxeResult> checked) {
        browser.open(site + "/notifications");
        checked.add(accessible(browser));
        // the page's stream is open once the browser's EventSource is (htmx keeps it with the list)
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() -> Long.valueOf(1).equals(
                ((JavascriptExecutor) browser.driver()).executeScript("const feed = document.getElementById('feed');"
                        + " const data = feed && feed['htmx-internal-data'];"
                        + " return data && data.sseEventSource ? data.sseEventSource.readyState : -1;")));
        ((JavascriptExecutor) browser.driver()).executeScript("window.notReloaded = true;");

        HttpApi mitteAdmin = measures.withToken(ISSUER.unitAdmin("mitte"));
        String measureBody = """
                {"title":"Schattenplätze am Alexanderplatz","goal":"Kühle Orte im Sommer",
                 "type":"DECENTRAL","sourceIdeaId":"%s"}""".formatted(idea);
        await().atMost(EVENTUALLY).pollInterval(Duration.ofMillis(250))
                .until(() -> mitteAdmin.post("/api/v1/measures", measureBody).status() == 201);

        await().atMost(EVENTUALLY).pollInterval(Duration.ofMillis(200))
                .until(() -> browser.findAll(By.cssSelector("#feed li.unread")).stream()
                        .anyMatch(entry -> entry.getText().contains(title)));
        assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.notReloaded === true;"))
                .as("the entry came without reloading the page").isEqualTo(true);
        checked.add(accessible(browser));
        browser.clickToLoad(By.cssSelector("#feed li.unread button"));
        assertThat(browser.text(By.cssSelector(".notice"))).contains("als gelesen markiert");
        assertThat(browser.findAll(By.cssSelector("#feed li.unread"))).isEmpty();
        assertThat(browser.text(By.id("feed"))).contains(title);

        browser.open(site + "/subscriptions");
        assertThat(browser.text(By.id("followed-heading"))).isEqualTo("Was ich verfolge");
        assertThat(browser.findAll(By.cssSelector("main a[href='/ideas/" + idea + "']"))).hasSize(1);
        checked.add(accessible(browser));
        browser.type(By.id("address"), "anna@example.org");
        browser.clickToLoad(By.xpath("//button[text()='Adresse bestätigen lassen']"));
        assertThat(browser.text(By.id("email-state"))).contains("anna@example.org").contains("Bestätigung ausstehend");
        assertThat(mail.getReceivedMessagesForDomain("anna@example.org")).as("the confirmation mail").hasSize(1);
        checked.add(accessible(browser));

        browser.open(site + "/my-data");
        checked.add(accessible(browser));
        String export = (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/my-data/export').then(answer => answer.text()).then(done);""");
        assertThat(export).contains("\"participation\"").contains("\"ideas\"").contains("\"notifications\"")
                .contains("anna@example.org");
        browser.clickToLoad(By.linkText("Löschen vorbereiten"));
        assertThat(browser.text(By.tagName("main"))).contains("Was bleibt");
        checked.add(accessible(browser));
    }

    /**
     * The moderator's decision page: a rejection without its reason is refused beside the reason's field; after the
     * idea was published elsewhere meanwhile, the rejection meant for the version read says it changed; the moderator
     * then merges the duplicate into the idea that survives.
     */
    private void moderatorMergesADuplicate(Browser browser, String site, String survivor,
                                           List<Browser.AxeResult> checked) {
        HttpApi.Response submitted = ideasMitte.withToken(ISSUER.citizen("author-mitte")).post("/api/v1/ideas",
                "{\"title\":\"Mehr Schatten am Platz\",\"problem\":\"Der Platz ist im Sommer zu heiß.\"}");
        assertThat(submitted.status()).isEqualTo(201);
        String duplicate = submitted.field("id");
        signIn(browser, site, "moderator-mitte", checked);
        browser.open(site + "/moderation/" + duplicate);
        checked.add(accessible(browser));
        browser.clickToLoad(By.xpath("//button[text()='Idee ablehnen']"));
        assertThat(browser.text(By.id("rejectReason-error"))).isNotBlank();
        assertThat(browser.find(By.id("rejectReason")).getDomAttribute("aria-invalid")).isEqualTo("true");
        checked.add(accessible(browser));

        assertThat(ideasMitte.withToken(ISSUER.moderator("mitte")).post("/api/v1/ideas/" + duplicate + "/publish", "")
                .status()).isEqualTo(200);
        browser.type(By.id("rejectReason"), "Doppelt eingereicht.");
        browser.clickToLoad(By.xpath("//button[text()='Idee ablehnen']"));
        assertThat(browser.text(By.id("error-summary"))).contains("inzwischen geändert");
        assertThat(browser.text(By.cssSelector("main .meta strong"))).isEqualTo("Veröffentlicht");
        checked.add(accessible(browser));

        new Select(browser.find(By.id("into"))).selectByValue(survivor);
        browser.clickToLoad(By.xpath("//button[text()='Ideen zusammenführen']"));
        assertThat(browser.url()).isEqualTo(site + "/ideas/" + duplicate);
        assertThat(browser.text(By.cssSelector(".notice"))).contains("zusammengeführt");
        assertThat(browser.find(By.cssSelector("main a[href='/ideas/" + survivor + "']")).isDisplayed()).isTrue();
        signOut(browser, site);
    }

    /**
     * The unit admin's console: a measure of its own, an indicator, a reported value, and the value's chart against
     * the target with its values as a table too; then the measure's mandate, planning, review and discontinuation.
     */
    private static void unitAdminReportsAnIndicatorValue(Browser browser, String site,
                                                         List<Browser.AxeResult> checked) {
        signIn(browser, site, "admin-mitte", checked);
        browser.clickToLoad(By.xpath("//header//a[text()='Maßnahmen']"));
        checked.add(accessible(browser));
        browser.clickToLoad(By.xpath("//main//a[text()='Maßnahme anlegen']"));
        checked.add(accessible(browser));
        browser.type(By.id("title"), "Schattenplätze für Mitte");
        browser.type(By.id("goal"), "Bis Ende 2027 spenden 50 neue Bäume Schatten auf Mittes Plätzen.");
        browser.clickToLoad(By.cssSelector("main button[type=submit]"));
        assertThat(browser.text(By.cssSelector(".notice"))).contains("angelegt");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Schattenplätze für Mitte");

        browser.type(By.id("name"), "Gepflanzte Bäume");
        browser.type(By.id("unitOfMeasurement"), "Bäume");
        browser.type(By.id("baseline"), "0");
        browser.type(By.id("target"), "50");
        setDate(browser, "targetDate", LocalDate.of(2027, 12, 31));
        browser.clickToLoad(By.xpath("//button[text()='Indikator hinzufügen']"));
        assertThat(browser.text(By.cssSelector(".notice"))).contains("Indikator ist hinzugefügt");
        assertThat(browser.findAll(By.cssSelector("main figure svg"))).isEmpty();

        browser.type(By.id("value"), "12,5");
        setDate(browser, "date", LocalDate.now(ZoneId.of("Europe/Berlin")).minusDays(1));
        browser.clickToLoad(By.xpath("//button[text()='Wert melden']"));
        assertThat(browser.text(By.cssSelector(".notice"))).contains("Wert ist gemeldet");
        WebElement chart = browser.find(By.cssSelector("main figure svg[role=img]"));
        assertThat(chart.findElement(By.tagName("title")).getAttribute("textContent")).isEqualTo("Verlauf: Gepflanzte Bäume");
        assertThat(chart.findElement(By.tagName("desc")).getAttribute("textContent")).contains("zuletzt 12,5 Bäume")
                .contains("Zielwert 50");
        assertThat(chart.findElements(By.cssSelector("circle.value"))).hasSize(1);
        assertThat(browser.text(By.cssSelector("main section.indicator table"))).contains("12.5 Bäume");
        checked.add(accessible(browser));
        unitAdminReviewsAndDiscontinuesTheMeasure(browser, checked);
    }

    /**
     * The same measure gets its mandate on the mandate's page and a milestone, is planned, and is reviewed on its
     * reviews page (a review without its assessment is refused beside that field), with a health set for a reason;
     * then it is discontinued with its lessons learned, which its page shows from then on.
     */
    private static void unitAdminReviewsAndDiscontinuesTheMeasure(Browser browser, List<Browser.AxeResult> checked) {
        browser.clickToLoad(By.linkText("Mandat ändern"));
        checked.add(accessible(browser));
        browser.type(By.id("responsibleRole"), "Straßen- und Grünflächenamt");
        browser.type(By.id("budgetPlanned"), "48000,50");
        browser.type(By.id("staffCapacityPersonDays"), "30");
        browser.type(By.id("competencesGranted"), "Vergabe bis 10.000 Euro");
        browser.clickToLoad(By.xpath("//button[text()='Mandat speichern']"));
        assertThat(browser.text(By.cssSelector(".notice"))).contains("Mandat ist gespeichert");
        assertThat(browser.text(By.cssSelector("main section[aria-labelledby=mandate-heading]"))).contains("48.000,50")
                .contains("Das Mandat ist vollständig.");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        browser.type(By.id("title"), "Standorte abgestimmt");
        setDate(browser, "dueDate", today.plusMonths(3));
        browser.clickToLoad(By.xpath("//button[text()='Meilenstein hinzufügen']"));
        browser.clickToLoad(By.xpath("//button[text()='Planen']"));
        assertThat(browser.text(By.cssSelector("main .meta strong"))).isEqualTo("Geplant");

        browser.clickToLoad(By.linkText("Revisionen ansehen und erfassen"));
        assertThat(browser.text(By.id("next-review"))).contains(today.plusMonths(6).toString());
        checked.add(accessible(browser));
        browser.type(By.id("decisions"), "Zweiter Lieferant");
        browser.type(By.id("lessons"), "Früher bestellen");
        browser.clickToLoad(By.xpath("//button[text()='Revision erfassen']"));
        assertThat(browser.text(By.id("assessment-error"))).isNotBlank();
        assertThat(browser.find(By.id("assessment")).getDomAttribute("aria-invalid")).isEqualTo("true");
        checked.add(accessible(browser));
        browser.type(By.id("assessment"), "Die Baumschule liefert später.");
        new Select(browser.find(By.id("health"))).selectByValue("AT_RISK");
        browser.type(By.id("healthReason"), "Lieferant unsicher");
        browser.clickToLoad(By.xpath("//button[text()='Revision erfassen']"));
        assertThat(browser.text(By.cssSelector(".notice"))).contains("Revision ist erfasst");
        assertThat(browser.text(By.id("reviews-heading"))).isEqualTo("Erfasste Revisionen");
        assertThat(browser.text(By.cssSelector("main article.review"))).contains("Revision vom " + today)
                .contains("Die Baumschule liefert später.").contains("Ampel festgelegt: Gefährdet");
        checked.add(accessible(browser));

        browser.clickToLoad(By.linkText("Zurück zur Maßnahme"));
        assertThat(browser.text(By.cssSelector("main .meta"))).contains("Gefährdet");
        browser.clickToLoad(By.linkText("Abbrechen"));
        checked.add(accessible(browser));
        browser.type(By.id("reason"), "Keine Flächen frei");
        browser.type(By.id("whatWorked"), "Die Spendenaktion");
        browser.clickToLoad(By.xpath("//button[text()='Maßnahme abbrechen']"));
        assertThat(browser.text(By.id("whatDidNotWork-error"))).isNotBlank();
        checked.add(accessible(browser));
        browser.type(By.id("whatDidNotWork"), "Die Standortsuche");
        browser.type(By.id("whatOthersShouldKnow"), "Flächen zuerst sichern");
        browser.clickToLoad(By.xpath("//button[text()='Maßnahme abbrechen']"));
        assertThat(browser.text(By.cssSelector(".notice"))).contains("abgebrochen");
        assertThat(browser.text(By.cssSelector("main .meta strong"))).isEqualTo("Abgebrochen");
        assertThat(browser.text(By.id("lessons-heading"))).isEqualTo("Erkenntnisse");
        assertThat(browser.text(By.tagName("main"))).contains("Flächen zuerst sichern");
        checked.add(accessible(browser));
    }

    /** A date field set as the browser's date picker would, whatever its locale's typing order. */
    private static void setDate(Browser browser, String id, LocalDate date) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
                browser.find(By.id(id)), date.toString());
    }

    private static Browser.AxeResult accessible(Browser browser) {
        Browser.AxeResult result = browser.checkAccessibility();
        assertThat(result.violations()).as("WCAG 2.1 A/AA violations in " + result.url()).isEmpty();
        assertThat(result.rulesChecked()).isPositive();
        return result;
    }

    /** The id of the radio button of a helix group in the support form. */
    private static String helixRadio(Browser browser, String group) {
        return browser.find(By.cssSelector("input[type=radio][value='" + group + "']")).getDomAttribute("id");
    }

    /** Through the site's sign-in link to the issuer's login page (checked too) and back, signed in. */
    private static void signIn(Browser browser, String site, String person, List<Browser.AxeResult> checked) {
        browser.clickToLoad(By.xpath("//header//a[text()='Anmelden']"));
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.url().endsWith("/login"));
        checked.add(accessible(browser));
        browser.type(By.id("username"), person);
        browser.type(By.id("password"), "demo-secret");
        browser.clickToLoad(By.cssSelector("button[type=submit]"));
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.url().startsWith(site));
        assertThat(browser.text(By.cssSelector("header .account"))).contains(person);
    }

    /** Signs out of the site and, through the issuer's end-session endpoint, of the issuer. */
    private static void signOut(Browser browser, String site) {
        browser.clickToLoad(By.xpath("//header//button[text()='Abmelden']"));
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.url().equals(site + "/")
                && !browser.findAll(By.xpath("//header//a[text()='Anmelden']")).isEmpty());
    }

    /** Supporting needs participation-service to have learned of the published idea. */
    private void support(String participant, String ideaId, String helixGroup) {
        HttpApi asParticipant = participation.withToken(ISSUER.citizen(participant));
        String body = "{\"participantId\":\"%s\",\"helixGroup\":\"%s\"}".formatted(participant, helixGroup);
        await().atMost(EVENTUALLY).until(() ->
                asParticipant.post("/api/v1/ideas/" + ideaId + "/supports", body).status() == 201);
    }

    private long supportCount(String ideaId) {
        return ideasMitte.get("/api/v1/ideas/" + ideaId).json().path("supportCount").asLong();
    }

    private List<String> followedIdeas(String subscriber) {
        JsonNode items = notifications.withToken(ISSUER.citizen(subscriber))
                .get("/api/v1/subscribers/" + subscriber + "/subscriptions").json().path("items");
        return items.valueStream().map(item -> item.path("target").path("id").asString()).toList();
    }

    private void follow(String subscriber, String targetType, String targetId) {
        HttpApi.Response subscription = notifications.withToken(ISSUER.citizen(subscriber)).post("/api/v1/subscriptions", """
                {"subscriberId":"%s","target":{"type":"%s","id":"%s"}}""".formatted(subscriber, targetType, targetId));
        assertThat(subscription.status()).isEqualTo(201);
    }

    private static String submitAndPublish(HttpApi ideas, String unit, String title, String problem) {
        HttpApi.Response submitted = ideas.withToken(ISSUER.citizen("author-" + unit)).post("/api/v1/ideas",
                "{\"title\":\"%s\",\"problem\":\"%s\"}".formatted(title, problem));
        assertThat(submitted.status()).isEqualTo(201);
        assertThat(submitted.field("status")).isEqualTo("SUBMITTED");
        String id = submitted.field("id");
        assertThat(ideas.withToken(ISSUER.moderator(unit)).post("/api/v1/ideas/" + id + "/publish", "")
                .field("status")).isEqualTo("PUBLISHED");
        return id;
    }

    private List<JsonNode> awaitNotifications(String subscriber, int count) {
        await().atMost(EVENTUALLY).until(() -> notificationsOf(subscriber).size() >= count);
        // wait a little longer: a second copy of a notification would show up now
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> true);
        List<JsonNode> all = notificationsOf(subscriber);
        assertThat(all).hasSize(count);
        return all;
    }

    private List<JsonNode> notificationsOf(String subscriber) {
        HttpApi.Response page = notifications.withToken(ISSUER.citizen(subscriber))
                .get("/api/v1/subscribers/" + subscriber + "/notifications?size=100");
        assertThat(page.status()).isEqualTo(200);
        return StreamSupport.stream(page.json().path("items").spliterator(), false).toList();
    }
}
